//! The schema, its migrations, and the functions every write and trim runs as one statement.
//!
//! ```sql
//! -- Each fact of each room, with a version from one sequence (never reused).
//! CREATE TABLE telnyx_rooms_facts (room_id uuid, key text, version bigint, value text,
//!     PRIMARY KEY (room_id, key));
//! -- Each room, and when pruning may next change it (the prune index).
//! CREATE TABLE telnyx_rooms_rooms (room_id uuid PRIMARY KEY, due timestamptz);
//! -- The change log: one entry per writing transaction, by its id (xid8).
//! CREATE TABLE telnyx_rooms_changes (xid xid8 PRIMARY KEY, room_id uuid, change text, at timestamptz);
//! CREATE TABLE telnyx_rooms_log_trimmed (id boolean PRIMARY KEY, up_to xid8);   -- one row
//! CREATE TABLE telnyx_rooms_followers (name text PRIMARY KEY, position text, updated_at timestamptz);
//! CREATE TABLE telnyx_rooms_activity_horizon (id boolean PRIMARY KEY, horizon timestamptz); -- one row
//! ```
//!
//! Migration 1 was the previous format (one row per room holding its whole state as JSON, in
//! `telnyx_rooms_activity`). Migration 2 creates the tables above and converts every stored
//! room into its facts, in the same transaction, under the migrations' advisory lock; the old
//! table is kept, renamed `telnyx_rooms_activity_v1`, to drop once the conversion is checked.
//! Receivers of the previous version must be stopped first: they would go on writing the old
//! table.

use chrono::{DateTime, Utc};
use telnyx_rooms::activity::RoomActivity;
use tokio_postgres::Transaction;
use uuid::Uuid;

use crate::StoreError;

/// The advisory lock of the migrations (any constant: it names this crate's).
const MIGRATION_LOCK: i64 = 7316852;
// The advisory lock of the horizon, 7316853, is taken in the SQL below: shared by writes,
// exclusive to raise it.

/// The previous format: kept so that a database migrated from nothing goes the same way as one
/// written by the previous version.
const V1: &str = "
    CREATE TABLE telnyx_rooms_activity (
        room_id uuid PRIMARY KEY,
        version bigint NOT NULL,
        state text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE telnyx_rooms_activity_horizon (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        horizon timestamptz NOT NULL
    );";

const V2: &str = r#"
    CREATE TABLE telnyx_rooms_facts (
        room_id uuid NOT NULL,
        key text NOT NULL,
        version bigint NOT NULL,
        value text NOT NULL,
        PRIMARY KEY (room_id, key)
    );
    CREATE SEQUENCE telnyx_rooms_fact_versions;
    CREATE TABLE telnyx_rooms_rooms (room_id uuid PRIMARY KEY, due timestamptz);
    CREATE INDEX telnyx_rooms_rooms_due ON telnyx_rooms_rooms (due) WHERE due IS NOT NULL;
    CREATE TABLE telnyx_rooms_changes (
        xid xid8 PRIMARY KEY,
        room_id uuid NOT NULL,
        change text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE telnyx_rooms_log_trimmed (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        up_to xid8 NOT NULL
    );
    CREATE TABLE telnyx_rooms_followers (
        name text PRIMARY KEY,
        position text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
    );

    -- Keeps the changes of the last p_keep transactions (at most p_keep changes: each has a
    -- transaction of its own): a range of the index, whatever the log's size.
    CREATE FUNCTION telnyx_rooms_trim(p_keep bigint) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
        cut xid8;
        removed xid8;
    BEGIN
        IF pg_current_xact_id()::text::bigint <= p_keep THEN RETURN; END IF;
        cut := (pg_current_xact_id()::text::bigint - p_keep)::text::xid8;
        WITH gone AS (DELETE FROM telnyx_rooms_changes WHERE xid < cut RETURNING xid)
        SELECT max(xid) INTO removed FROM gone;
        IF removed IS NULL THEN RETURN; END IF;
        INSERT INTO telnyx_rooms_log_trimmed (id, up_to) VALUES (true, removed)
            ON CONFLICT (id) DO UPDATE
            SET up_to = greatest(telnyx_rooms_log_trimmed.up_to, excluded.up_to);
    END $$;

    -- Raises the horizon (never lowers it), under the horizon's lock.
    CREATE FUNCTION telnyx_rooms_raise_horizon(p_to timestamptz) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock(7316853);
        INSERT INTO telnyx_rooms_activity_horizon (id, horizon) VALUES (true, p_to)
            ON CONFLICT (id) DO UPDATE
            SET horizon = greatest(telnyx_rooms_activity_horizon.horizon, excluded.horizon);
    END $$;

    -- One atomic write: only if every fact read still has the version read (0: absent) and
    -- the horizon is the one read. Locks first, in one order (the horizon shared; each fact's
    -- lock shared when only read, exclusive when written), so that a writer that read a fact
    -- as absent cannot miss another's insert of it, and no two writers deadlock. Returns NULL
    -- when something read had moved, '' when written without a log entry, else the entry's
    -- position (this transaction's id).
    CREATE FUNCTION telnyx_rooms_write(
        p_room uuid, p_reads text[], p_versions bigint[], p_horizon timestamptz,
        p_put_keys text[], p_put_values text[], p_deletes text[],
        p_due timestamptz, p_due_exact boolean, p_change text, p_keep bigint
    ) RETURNS text LANGUAGE plpgsql AS $$
    DECLARE
        moved bigint;
        h timestamptz;
        x xid8;
    BEGIN
        PERFORM pg_advisory_xact_lock_shared(7316853);
        PERFORM CASE WHEN l.w THEN pg_advisory_xact_lock(l.k)
                     ELSE pg_advisory_xact_lock_shared(l.k) END
        FROM (
            SELECT hashtextextended(p_room::text || r.key, 0) AS k, bool_or(r.w) AS w
            FROM (SELECT unnest(p_reads) AS key, false AS w
                  UNION ALL SELECT unnest(p_put_keys), true
                  UNION ALL SELECT unnest(p_deletes), true) AS r
            GROUP BY 1 ORDER BY 1
        ) AS l;
        SELECT horizon INTO h FROM telnyx_rooms_activity_horizon WHERE id;
        IF h IS DISTINCT FROM p_horizon THEN RETURN NULL; END IF;
        SELECT count(*) INTO moved
        FROM unnest(p_reads, p_versions) AS r(key, version)
        LEFT JOIN telnyx_rooms_facts f ON f.room_id = p_room AND f.key = r.key
        WHERE coalesce(f.version, 0) <> r.version;
        IF moved > 0 THEN RETURN NULL; END IF;
        DELETE FROM telnyx_rooms_facts WHERE room_id = p_room AND key = ANY(p_deletes);
        INSERT INTO telnyx_rooms_facts (room_id, key, version, value)
            SELECT p_room, u.k, nextval('telnyx_rooms_fact_versions'), u.v
            FROM unnest(p_put_keys, p_put_values) AS u(k, v)
            ON CONFLICT (room_id, key) DO UPDATE
            SET version = excluded.version, value = excluded.value;
        -- The room's row is written only when its prune index moves (a write to it on every
        -- apply would make one hot row that every writer of the room waits for).
        IF p_due_exact THEN
            INSERT INTO telnyx_rooms_rooms (room_id, due) VALUES (p_room, p_due)
                ON CONFLICT (room_id) DO UPDATE SET due = excluded.due;
        ELSIF NOT EXISTS (
            SELECT 1 FROM telnyx_rooms_rooms r
            WHERE r.room_id = p_room AND (p_due IS NULL OR r.due <= p_due)
        ) THEN
            INSERT INTO telnyx_rooms_rooms (room_id, due) VALUES (p_room, p_due)
                ON CONFLICT (room_id) DO UPDATE
                SET due = least(telnyx_rooms_rooms.due, excluded.due);
        END IF;
        IF cardinality(p_deletes) > 0
            AND NOT EXISTS (SELECT 1 FROM telnyx_rooms_facts WHERE room_id = p_room) THEN
            DELETE FROM telnyx_rooms_rooms WHERE room_id = p_room;
        END IF;
        IF p_change IS NULL THEN RETURN ''; END IF;
        x := pg_current_xact_id();
        INSERT INTO telnyx_rooms_changes (xid, room_id, change) VALUES (x, p_room, p_change);
        PERFORM pg_notify('telnyx_rooms_activity', '');
        IF x::text::bigint % 128 = 0 THEN PERFORM telnyx_rooms_trim(p_keep); END IF;
        RETURN x::text;
    END $$;
"#;

/// Each migration, in order; the table of migrations says which have run.
const MIGRATIONS: &[&str] = &[V1, V2];

/// Runs the migrations not yet run, in one transaction under an advisory lock.
pub async fn migrate(client: &mut tokio_postgres::Client) -> Result<(), StoreError> {
    let pg = super::pg;
    let tx = client.transaction().await.map_err(pg)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .await
        .map_err(pg)?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS telnyx_rooms_migrations (\
         version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    )
    .await
    .map_err(pg)?;
    let done: i32 = tx
        .query_one(
            "SELECT coalesce(max(version), 0) FROM telnyx_rooms_migrations",
            &[],
        )
        .await
        .map_err(pg)?
        .get(0);
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(done as usize) {
        tx.batch_execute(sql).await.map_err(pg)?;
        if i + 1 == 2 {
            convert_v1(&tx).await?;
        }
        tx.execute(
            "INSERT INTO telnyx_rooms_migrations (version) VALUES ($1)",
            &[&(i as i32 + 1)],
        )
        .await
        .map_err(pg)?;
    }
    tx.commit().await.map_err(pg)
}

/// Every room of the previous format, as its facts; the old table kept under another name.
async fn convert_v1(tx: &Transaction<'_>) -> Result<(), StoreError> {
    let pg = super::pg;
    let rows = tx
        .query("SELECT room_id, state FROM telnyx_rooms_activity", &[])
        .await
        .map_err(pg)?;
    let put = tx
        .prepare(
            "INSERT INTO telnyx_rooms_facts (room_id, key, version, value) \
             VALUES ($1, $2, nextval('telnyx_rooms_fact_versions'), $3)",
        )
        .await
        .map_err(pg)?;
    let room_row = tx
        .prepare("INSERT INTO telnyx_rooms_rooms (room_id, due) VALUES ($1, $2)")
        .await
        .map_err(pg)?;
    for row in rows {
        let room: Uuid = row.get(0);
        let text: String = row.get(1);
        let state: RoomActivity = serde_json::from_str(&text).map_err(|e| {
            StoreError::said(
                "postgres",
                format!("room {room} of the previous format does not decode: {e}"),
                e,
            )
        })?;
        let facts = state.facts_of_room(room);
        if facts.is_empty() {
            continue;
        }
        for (key, value) in facts {
            tx.execute(&put, &[&room, &key.to_string(), &value])
                .await
                .map_err(pg)?;
        }
        let due: Option<DateTime<Utc>> = state.prune_due(room);
        tx.execute(&room_row, &[&room, &due]).await.map_err(pg)?;
    }
    tx.batch_execute("ALTER TABLE telnyx_rooms_activity RENAME TO telnyx_rooms_activity_v1")
        .await
        .map_err(pg)
}
