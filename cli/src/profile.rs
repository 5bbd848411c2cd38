//! Where the API key and base URL come from: `--api-key`, `TELNYX_API_KEY`, or a profile in the
//! config file (`telnyx-rooms config set api-key ...`), in that order. The file is
//! `$XDG_CONFIG_HOME/telnyx-rooms/config.json` (or `~/.config/...`), written with owner-only
//! permissions; the key is never printed, by `config show` or anything else.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::PathBuf;

use clap::{Arg, ArgMatches, Command};
use serde::{Deserialize, Serialize};

/// One profile's settings.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    api_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    base_url: Option<String>,
}

/// The config file.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Config {
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

fn path() -> anyhow::Result<PathBuf> {
    let base = match std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(
            std::env::var_os("HOME").ok_or_else(|| anyhow::anyhow!("HOME is not set"))?,
        )
        .join(".config"),
    };
    Ok(base.join("telnyx-rooms").join("config.json"))
}

fn load() -> anyhow::Result<Config> {
    let path = path()?;
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
            anyhow::anyhow!("{} is not a telnyx-rooms config file: {e}", path.display())
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
        Err(e) => Err(anyhow::anyhow!("cannot read {}: {e}", path.display())),
    }
}

fn save(config: &Config) -> anyhow::Result<PathBuf> {
    let path = path()?;
    let dir = path.parent().expect("a directory");
    std::fs::create_dir_all(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    let tmp = path.with_extension("json.tmp");
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)?;
    f.write_all(&serde_json::to_vec_pretty(config)?)?;
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600))?;
    std::fs::rename(&tmp, &path)?;
    Ok(path)
}

/// The profile asked for: `--profile`, `TELNYX_PROFILE`, or `default`.
fn profile_name(matches: &ArgMatches) -> String {
    matches
        .get_one::<String>("profile")
        .cloned()
        .unwrap_or_else(|| "default".to_string())
}

/// The API key and base URL to use: the flags and environment first, then the profile.
pub fn settings(matches: &ArgMatches) -> anyhow::Result<(String, Option<String>)> {
    let flag_key = matches.get_one::<String>("api-key").cloned();
    let flag_url = matches.get_one::<String>("base-url").cloned();
    let profile = match load() {
        Ok(mut config) => config
            .profiles
            .remove(&profile_name(matches))
            .unwrap_or_default(),
        // The key came from the flag or the environment: a broken file is said, not fatal.
        Err(e) if flag_key.is_some() => {
            eprintln!("warning: {e:#}; using --api-key/TELNYX_API_KEY");
            Profile::default()
        }
        Err(e) => return Err(e),
    };
    let key = flag_key.or(profile.api_key).ok_or_else(|| {
        telnyx_rooms::Error::Config(format!(
            "no API key: pass --api-key, set TELNYX_API_KEY, or save one with `telnyx-rooms config set api-key -` (profile `{}`)",
            profile_name(matches)
        ))
    })?;
    Ok((key, flag_url.or(profile.base_url)))
}

/// `config set|show`.
pub fn command() -> Command {
    Command::new("config")
        .about("Profiles in the config file: the API key (owner-only file, never printed) and base URL")
        .subcommand_required(true)
        .subcommand(
            Command::new("set")
                .about("Save a setting in the profile (--profile, default `default`); a key given as - is read from stdin")
                .arg(Arg::new("name").required(true).value_parser(["api-key", "base-url"]))
                .arg(Arg::new("value").required(true)),
        )
        .subcommand(Command::new("show").about("The profiles and what each sets (never the key itself)"))
}

/// Runs `config set|show`.
pub fn run(matches: &ArgMatches, sub: &ArgMatches) -> anyhow::Result<()> {
    let mut config = load()?;
    match sub.subcommand() {
        Some(("set", set)) => {
            let name = set.get_one::<String>("name").expect("required");
            let mut value = set.get_one::<String>("value").expect("required").clone();
            if value == "-" {
                if std::io::stdin().is_terminal() {
                    eprint!("{name}: ");
                }
                value.clear();
                std::io::stdin().read_to_string(&mut value)?;
                value = value.trim().to_string();
            }
            let profile = config.profiles.entry(profile_name(matches)).or_default();
            if name == "api-key" {
                // Refused now, with where the bad character is, rather than at the first call.
                telnyx_rooms::config::ApiKey::new(value.clone())?;
                profile.api_key = Some(value);
            } else {
                profile.base_url = Some(value);
            }
            let path = save(&config)?;
            eprintln!(
                "saved {name} in profile `{}` of {}",
                profile_name(matches),
                path.display()
            );
        }
        _ => {
            let mut out = std::io::stdout().lock();
            for (name, p) in &config.profiles {
                writeln!(
                    out,
                    "{name}: api-key {}, base-url {}",
                    if p.api_key.is_some() {
                        "set"
                    } else {
                        "not set"
                    },
                    p.base_url.as_deref().unwrap_or("(default)")
                )?;
            }
        }
    }
    Ok(())
}
