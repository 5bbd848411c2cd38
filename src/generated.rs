#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Which participants an action applies to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ActionsParticipantsRequest {
        ///Participant ids to leave out, when `participants` is `all`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub exclude: ::std::vec::Vec<::uuid::Uuid>,
        ///Either the string `all` or a list of participant ids.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub participants: ::std::option::Option<ActionsParticipantsRequestParticipants>,
    }
    impl ActionsParticipantsRequest {
        pub fn builder() -> builder::ActionsParticipantsRequest {
            Default::default()
        }
    }
    ///Either the string `all` or a list of participant ids.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ActionsParticipantsRequestParticipants {
        String(ActionsParticipantsRequestParticipantsString),
        Array(::std::vec::Vec<::uuid::Uuid>),
    }
    impl ::std::convert::From<ActionsParticipantsRequestParticipantsString>
    for ActionsParticipantsRequestParticipants {
        fn from(value: ActionsParticipantsRequestParticipantsString) -> Self {
            Self::String(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<::uuid::Uuid>>
    for ActionsParticipantsRequestParticipants {
        fn from(value: ::std::vec::Vec<::uuid::Uuid>) -> Self {
            Self::Array(value)
        }
    }
    ///`ActionsParticipantsRequestParticipantsString`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ActionsParticipantsRequestParticipantsString {
        #[serde(rename = "all")]
        All,
    }
    impl ::std::fmt::Display for ActionsParticipantsRequestParticipantsString {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::All => f.write_str("all"),
            }
        }
    }
    impl ::std::str::FromStr for ActionsParticipantsRequestParticipantsString {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "all" => Ok(Self::All),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ActionsParticipantsRequestParticipantsString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ActionsParticipantsRequestParticipantsString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Webhook event sent when a composition is finished and can be downloaded.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CompositionCompleted {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<CompositionCompletedEventType>,
        ///Id of this event.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::uuid::Uuid>,
        ///When the event happened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub occurred_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<CompositionCompletedPayload>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_type: ::std::option::Option<CompositionCompletedRecordType>,
    }
    impl CompositionCompleted {
        pub fn builder() -> builder::CompositionCompleted {
            Default::default()
        }
    }
    ///`CompositionCompletedEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CompositionCompletedEventType {
        #[serde(rename = "video.room.composition.completed")]
        VideoRoomCompositionCompleted,
    }
    impl ::std::fmt::Display for CompositionCompletedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::VideoRoomCompositionCompleted => {
                    f.write_str("video.room.composition.completed")
                }
            }
        }
    }
    impl ::std::str::FromStr for CompositionCompletedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "video.room.composition.completed" => {
                    Ok(Self::VideoRoomCompositionCompleted)
                }
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CompositionCompletedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CompositionCompletedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CompositionCompletedPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CompositionCompletedPayload {
        pub composition_id: ::uuid::Uuid,
        ///Where the composition can be downloaded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub download_url: ::std::option::Option<::std::string::String>,
        ///Length of the composition.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_secs: ::std::option::Option<i64>,
        ///File format of the composition.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub format: ::std::option::Option<::std::string::String>,
        ///Frame size of the composition.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resolution: ::std::option::Option<::std::string::String>,
        pub room_id: ::uuid::Uuid,
        pub session_id: ::uuid::Uuid,
        ///Size of the file in megabytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size_mb: ::std::option::Option<f32>,
    }
    impl CompositionCompletedPayload {
        pub fn builder() -> builder::CompositionCompletedPayload {
            Default::default()
        }
    }
    ///`CompositionCompletedRecordType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CompositionCompletedRecordType {
        #[serde(rename = "event")]
        Event,
    }
    impl ::std::fmt::Display for CompositionCompletedRecordType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Event => f.write_str("event"),
            }
        }
    }
    impl ::std::str::FromStr for CompositionCompletedRecordType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "event" => Ok(Self::Event),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CompositionCompletedRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CompositionCompletedRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateClientTokenResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateClientTokenResponse {
        pub data: CreateClientTokenResponseData,
    }
    impl CreateClientTokenResponse {
        pub fn builder() -> builder::CreateClientTokenResponse {
            Default::default()
        }
    }
    ///`CreateClientTokenResponseData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateClientTokenResponseData {
        pub refresh_token: ::std::string::String,
        pub refresh_token_expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub token: ::std::string::String,
        pub token_expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl CreateClientTokenResponseData {
        pub fn builder() -> builder::CreateClientTokenResponseData {
            Default::default()
        }
    }
    ///Lifetimes of the tokens to create. Leave a field out for the server's default.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CreateRoomClientTokenRequest {
        ///Lifetime of the refresh token, 60 to 86400 seconds (server default 3600).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refresh_token_ttl_secs: ::std::option::Option<i64>,
        ///Lifetime of the join token, 10 to 3600 seconds (server default 600).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token_ttl_secs: ::std::option::Option<i64>,
    }
    impl CreateRoomClientTokenRequest {
        pub fn builder() -> builder::CreateRoomClientTokenRequest {
            Default::default()
        }
    }
    ///What to compose. Leave a field out to take the server's default.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CreateRoomCompositionRequest {
        ///File format (server default `mp4`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub format: ::std::option::Option<::std::string::String>,
        ///Frame size as WIDTHxHEIGHT (server default `1280x720`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resolution: ::std::option::Option<::std::string::String>,
        ///Id of the session whose recordings are composed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session_id: ::std::option::Option<::uuid::Uuid>,
        ///Where each participant's video goes, by region name.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub video_layout: ::std::collections::BTreeMap<
            ::std::string::String,
            VideoRegion,
        >,
        ///Where to send webhook events when the main URL fails.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_event_failover_url: ::std::option::Option<::std::string::String>,
        ///Where to send the composition's webhook events; needs an http or https scheme.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_event_url: ::std::option::Option<::std::string::String>,
        ///How long to wait for the webhook URL to answer (0 to 30 seconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_timeout_secs: ::std::option::Option<i64>,
    }
    impl CreateRoomCompositionRequest {
        pub fn builder() -> builder::CreateRoomCompositionRequest {
            Default::default()
        }
    }
    ///`CreateRoomCompositionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateRoomCompositionResponse {
        pub data: RoomComposition,
    }
    impl CreateRoomCompositionResponse {
        pub fn builder() -> builder::CreateRoomCompositionResponse {
            Default::default()
        }
    }
    ///What a new room should be like. Leave a field out to take the server's default.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CreateRoomRequest {
        ///Whether to record the room's sessions (server default false).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_recording: ::std::option::Option<bool>,
        ///How many participants may be in the room at once (2 to 50; server default 10).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_participants: ::std::option::Option<i64>,
        ///Name of the room, unique within the account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unique_name: ::std::option::Option<::std::string::String>,
        ///Where to send webhook events when the main URL fails.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_event_failover_url: ::std::option::Option<::std::string::String>,
        ///Where to send the room's webhook events; needs an http or https scheme.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_event_url: ::std::option::Option<::std::string::String>,
        ///How long to wait for the webhook URL to answer (0 to 30 seconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_timeout_secs: ::std::option::Option<i64>,
    }
    impl CreateRoomRequest {
        pub fn builder() -> builder::CreateRoomRequest {
            Default::default()
        }
    }
    ///`CreateRoomResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateRoomResponse {
        pub data: Room,
    }
    impl CreateRoomResponse {
        pub fn builder() -> builder::CreateRoomResponse {
            Default::default()
        }
    }
    ///`DeleteRoomRecordingsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteRoomRecordingsResponse {
        pub data: DeleteRoomRecordingsResponseData,
    }
    impl DeleteRoomRecordingsResponse {
        pub fn builder() -> builder::DeleteRoomRecordingsResponse {
            Default::default()
        }
    }
    ///`DeleteRoomRecordingsResponseData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DeleteRoomRecordingsResponseData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub room_recordings: ::std::option::Option<i64>,
    }
    impl DeleteRoomRecordingsResponseData {
        pub fn builder() -> builder::DeleteRoomRecordingsResponseData {
            Default::default()
        }
    }
    ///`EndRoomSessionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct EndRoomSessionResponse {
        pub data: EndRoomSessionResponseData,
    }
    impl EndRoomSessionResponse {
        pub fn builder() -> builder::EndRoomSessionResponse {
            Default::default()
        }
    }
    ///`EndRoomSessionResponseData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct EndRoomSessionResponseData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<::std::string::String>,
    }
    impl EndRoomSessionResponseData {
        pub fn builder() -> builder::EndRoomSessionResponseData {
            Default::default()
        }
    }
    ///One error reported by Telnyx.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Error {
        ///Telnyx's error code, e.g. `10005`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///Longer explanation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
        ///Extra information, such as a link to the error's documentation.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub meta: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<ErrorSource>,
        ///Short summary of the error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///Which part of the request caused the error.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ErrorSource {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parameter: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pointer: ::std::option::Option<::std::string::String>,
    }
    impl ErrorSource {
        pub fn builder() -> builder::ErrorSource {
            Default::default()
        }
    }
    ///Telnyx's error envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Errors {
        ///The errors, most important first.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub errors: ::std::vec::Vec<Error>,
    }
    impl Errors {
        pub fn builder() -> builder::Errors {
            Default::default()
        }
    }
    ///`GetRoomCompositionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetRoomCompositionResponse {
        pub data: RoomComposition,
    }
    impl GetRoomCompositionResponse {
        pub fn builder() -> builder::GetRoomCompositionResponse {
            Default::default()
        }
    }
    ///`GetRoomParticipantResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetRoomParticipantResponse {
        pub data: RoomParticipant,
    }
    impl GetRoomParticipantResponse {
        pub fn builder() -> builder::GetRoomParticipantResponse {
            Default::default()
        }
    }
    ///`GetRoomRecordingResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetRoomRecordingResponse {
        pub data: RoomRecording,
    }
    impl GetRoomRecordingResponse {
        pub fn builder() -> builder::GetRoomRecordingResponse {
            Default::default()
        }
    }
    ///`GetRoomResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetRoomResponse {
        pub data: Room,
    }
    impl GetRoomResponse {
        pub fn builder() -> builder::GetRoomResponse {
            Default::default()
        }
    }
    ///`GetRoomSessionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetRoomSessionResponse {
        pub data: RoomSession,
    }
    impl GetRoomSessionResponse {
        pub fn builder() -> builder::GetRoomSessionResponse {
            Default::default()
        }
    }
    ///`KickParticipantsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct KickParticipantsResponse {
        pub data: KickParticipantsResponseData,
    }
    impl KickParticipantsResponse {
        pub fn builder() -> builder::KickParticipantsResponse {
            Default::default()
        }
    }
    ///`KickParticipantsResponseData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct KickParticipantsResponseData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<::std::string::String>,
    }
    impl KickParticipantsResponseData {
        pub fn builder() -> builder::KickParticipantsResponseData {
            Default::default()
        }
    }
    ///`ListParticipantsForSessionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListParticipantsForSessionResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<RoomParticipant>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<PaginationMeta>,
    }
    impl ListParticipantsForSessionResponse {
        pub fn builder() -> builder::ListParticipantsForSessionResponse {
            Default::default()
        }
    }
    ///`ListRoomCompositionsFilterStatus`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ListRoomCompositionsFilterStatus {
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "processing")]
        Processing,
        #[serde(rename = "enqueued")]
        Enqueued,
    }
    impl ::std::fmt::Display for ListRoomCompositionsFilterStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Completed => f.write_str("completed"),
                Self::Processing => f.write_str("processing"),
                Self::Enqueued => f.write_str("enqueued"),
            }
        }
    }
    impl ::std::str::FromStr for ListRoomCompositionsFilterStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "completed" => Ok(Self::Completed),
                "processing" => Ok(Self::Processing),
                "enqueued" => Ok(Self::Enqueued),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListRoomCompositionsFilterStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListRoomCompositionsFilterStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListRoomCompositionsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListRoomCompositionsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<RoomComposition>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<PaginationMeta>,
    }
    impl ListRoomCompositionsResponse {
        pub fn builder() -> builder::ListRoomCompositionsResponse {
            Default::default()
        }
    }
    ///`ListRoomParticipantsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListRoomParticipantsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<RoomParticipant>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<PaginationMeta>,
    }
    impl ListRoomParticipantsResponse {
        pub fn builder() -> builder::ListRoomParticipantsResponse {
            Default::default()
        }
    }
    ///`ListRoomRecordingsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListRoomRecordingsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<RoomRecording>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<PaginationMeta>,
    }
    impl ListRoomRecordingsResponse {
        pub fn builder() -> builder::ListRoomRecordingsResponse {
            Default::default()
        }
    }
    ///`ListRoomSessionsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListRoomSessionsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<RoomSession>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<PaginationMeta>,
    }
    impl ListRoomSessionsResponse {
        pub fn builder() -> builder::ListRoomSessionsResponse {
            Default::default()
        }
    }
    ///`ListRoomsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListRoomsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<Room>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<PaginationMeta>,
    }
    impl ListRoomsResponse {
        pub fn builder() -> builder::ListRoomsResponse {
            Default::default()
        }
    }
    ///`ListSessionsForRoomResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListSessionsForRoomResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<RoomSession>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<PaginationMeta>,
    }
    impl ListSessionsForRoomResponse {
        pub fn builder() -> builder::ListSessionsForRoomResponse {
            Default::default()
        }
    }
    ///`MuteParticipantsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MuteParticipantsResponse {
        pub data: MuteParticipantsResponseData,
    }
    impl MuteParticipantsResponse {
        pub fn builder() -> builder::MuteParticipantsResponse {
            Default::default()
        }
    }
    ///`MuteParticipantsResponseData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct MuteParticipantsResponseData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<::std::string::String>,
    }
    impl MuteParticipantsResponseData {
        pub fn builder() -> builder::MuteParticipantsResponseData {
            Default::default()
        }
    }
    ///Where a page sits in the whole list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PaginationMeta {
        ///This page's number, from 1.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_number: ::std::option::Option<i64>,
        ///Items per page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_size: ::std::option::Option<i64>,
        ///How many pages the list has.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_pages: ::std::option::Option<i64>,
        ///How many items the list has.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_results: ::std::option::Option<i64>,
    }
    impl PaginationMeta {
        pub fn builder() -> builder::PaginationMeta {
            Default::default()
        }
    }
    ///Webhook event sent when a participant joins a session.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParticipantJoined {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<ParticipantJoinedEventType>,
        ///Id of this event.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::uuid::Uuid>,
        ///When the event happened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub occurred_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<ParticipantJoinedPayload>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_type: ::std::option::Option<ParticipantJoinedRecordType>,
    }
    impl ParticipantJoined {
        pub fn builder() -> builder::ParticipantJoined {
            Default::default()
        }
    }
    ///`ParticipantJoinedEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ParticipantJoinedEventType {
        #[serde(rename = "video.room.participant.joined")]
        VideoRoomParticipantJoined,
    }
    impl ::std::fmt::Display for ParticipantJoinedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::VideoRoomParticipantJoined => {
                    f.write_str("video.room.participant.joined")
                }
            }
        }
    }
    impl ::std::str::FromStr for ParticipantJoinedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "video.room.participant.joined" => Ok(Self::VideoRoomParticipantJoined),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ParticipantJoinedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ParticipantJoinedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ParticipantJoinedPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ParticipantJoinedPayload {
        ///The context string given when the participant's token was made.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        pub participant_id: ::uuid::Uuid,
        pub room_id: ::uuid::Uuid,
        pub session_id: ::uuid::Uuid,
    }
    impl ParticipantJoinedPayload {
        pub fn builder() -> builder::ParticipantJoinedPayload {
            Default::default()
        }
    }
    ///`ParticipantJoinedRecordType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ParticipantJoinedRecordType {
        #[serde(rename = "event")]
        Event,
    }
    impl ::std::fmt::Display for ParticipantJoinedRecordType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Event => f.write_str("event"),
            }
        }
    }
    impl ::std::str::FromStr for ParticipantJoinedRecordType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "event" => Ok(Self::Event),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ParticipantJoinedRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ParticipantJoinedRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Webhook event sent when a participant leaves a session.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParticipantLeft {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<ParticipantLeftEventType>,
        ///Id of this event.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::uuid::Uuid>,
        ///When the event happened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub occurred_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<ParticipantLeftPayload>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_type: ::std::option::Option<ParticipantLeftRecordType>,
    }
    impl ParticipantLeft {
        pub fn builder() -> builder::ParticipantLeft {
            Default::default()
        }
    }
    ///`ParticipantLeftEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ParticipantLeftEventType {
        #[serde(rename = "video.room.participant.left")]
        VideoRoomParticipantLeft,
    }
    impl ::std::fmt::Display for ParticipantLeftEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::VideoRoomParticipantLeft => {
                    f.write_str("video.room.participant.left")
                }
            }
        }
    }
    impl ::std::str::FromStr for ParticipantLeftEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "video.room.participant.left" => Ok(Self::VideoRoomParticipantLeft),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ParticipantLeftEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ParticipantLeftEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ParticipantLeftPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ParticipantLeftPayload {
        ///The context string given when the participant's token was made.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        ///How long the participant stayed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_secs: ::std::option::Option<i64>,
        ///Why the participant left.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub left_reason: ::std::option::Option<::std::string::String>,
        pub participant_id: ::uuid::Uuid,
        pub room_id: ::uuid::Uuid,
        pub session_id: ::uuid::Uuid,
    }
    impl ParticipantLeftPayload {
        pub fn builder() -> builder::ParticipantLeftPayload {
            Default::default()
        }
    }
    ///`ParticipantLeftRecordType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ParticipantLeftRecordType {
        #[serde(rename = "event")]
        Event,
    }
    impl ::std::fmt::Display for ParticipantLeftRecordType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Event => f.write_str("event"),
            }
        }
    }
    impl ::std::str::FromStr for ParticipantLeftRecordType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "event" => Ok(Self::Event),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ParticipantLeftRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ParticipantLeftRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The room fields to change. Only the fields set here are sent and changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PatchRoomRequest {
        ///Whether to record the room's sessions.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_recording: ::std::option::Option<bool>,
        ///How many participants may be in the room at once (2 to 50).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_participants: ::std::option::Option<i64>,
        ///New name of the room, unique within the account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unique_name: ::std::option::Option<::std::string::String>,
        ///Where to send webhook events when the main URL fails.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_event_failover_url: ::std::option::Option<::std::string::String>,
        ///Where to send the room's webhook events; needs an http or https scheme.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_event_url: ::std::option::Option<::std::string::String>,
        ///How long to wait for the webhook URL to answer (0 to 30 seconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_timeout_secs: ::std::option::Option<i64>,
    }
    impl PatchRoomRequest {
        pub fn builder() -> builder::PatchRoomRequest {
            Default::default()
        }
    }
    ///Webhook event sent when a recording is finished and can be downloaded.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct RecordingCompleted {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<RecordingCompletedEventType>,
        ///Id of this event.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::uuid::Uuid>,
        ///When the event happened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub occurred_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<RecordingCompletedPayload>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_type: ::std::option::Option<RecordingCompletedRecordType>,
    }
    impl RecordingCompleted {
        pub fn builder() -> builder::RecordingCompleted {
            Default::default()
        }
    }
    ///`RecordingCompletedEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum RecordingCompletedEventType {
        #[serde(rename = "video.room.recording.completed")]
        VideoRoomRecordingCompleted,
    }
    impl ::std::fmt::Display for RecordingCompletedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::VideoRoomRecordingCompleted => {
                    f.write_str("video.room.recording.completed")
                }
            }
        }
    }
    impl ::std::str::FromStr for RecordingCompletedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "video.room.recording.completed" => Ok(Self::VideoRoomRecordingCompleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for RecordingCompletedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RecordingCompletedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`RecordingCompletedPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RecordingCompletedPayload {
        ///Codec of the recording.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub codec: ::std::option::Option<::std::string::String>,
        ///Where the recording can be downloaded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub download_url: ::std::option::Option<::std::string::String>,
        ///Length of the recording.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_secs: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub participant_id: ::std::option::Option<::uuid::Uuid>,
        pub recording_id: ::uuid::Uuid,
        pub room_id: ::uuid::Uuid,
        pub session_id: ::uuid::Uuid,
        ///Size of the file in megabytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size_mb: ::std::option::Option<f32>,
        ///What is recorded: `audio` or `video` (new values may appear).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl RecordingCompletedPayload {
        pub fn builder() -> builder::RecordingCompletedPayload {
            Default::default()
        }
    }
    ///`RecordingCompletedRecordType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum RecordingCompletedRecordType {
        #[serde(rename = "event")]
        Event,
    }
    impl ::std::fmt::Display for RecordingCompletedRecordType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Event => f.write_str("event"),
            }
        }
    }
    impl ::std::str::FromStr for RecordingCompletedRecordType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "event" => Ok(Self::Event),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for RecordingCompletedRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for RecordingCompletedRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Webhook event sent when a participant's recording starts.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct RecordingStarted {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<RecordingStartedEventType>,
        ///Id of this event.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::uuid::Uuid>,
        ///When the event happened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub occurred_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<RecordingStartedPayload>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_type: ::std::option::Option<RecordingStartedRecordType>,
    }
    impl RecordingStarted {
        pub fn builder() -> builder::RecordingStarted {
            Default::default()
        }
    }
    ///`RecordingStartedEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum RecordingStartedEventType {
        #[serde(rename = "video.room.recording.started")]
        VideoRoomRecordingStarted,
    }
    impl ::std::fmt::Display for RecordingStartedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::VideoRoomRecordingStarted => {
                    f.write_str("video.room.recording.started")
                }
            }
        }
    }
    impl ::std::str::FromStr for RecordingStartedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "video.room.recording.started" => Ok(Self::VideoRoomRecordingStarted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for RecordingStartedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RecordingStartedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`RecordingStartedPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RecordingStartedPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub participant_id: ::std::option::Option<::uuid::Uuid>,
        pub recording_id: ::uuid::Uuid,
        pub room_id: ::uuid::Uuid,
        pub session_id: ::uuid::Uuid,
        ///What is recorded: `audio` or `video` (new values may appear).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl RecordingStartedPayload {
        pub fn builder() -> builder::RecordingStartedPayload {
            Default::default()
        }
    }
    ///`RecordingStartedRecordType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum RecordingStartedRecordType {
        #[serde(rename = "event")]
        Event,
    }
    impl ::std::fmt::Display for RecordingStartedRecordType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Event => f.write_str("event"),
            }
        }
    }
    impl ::std::str::FromStr for RecordingStartedRecordType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "event" => Ok(Self::Event),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for RecordingStartedRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RecordingStartedRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`RefreshClientTokenResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RefreshClientTokenResponse {
        pub data: RefreshClientTokenResponseData,
    }
    impl RefreshClientTokenResponse {
        pub fn builder() -> builder::RefreshClientTokenResponse {
            Default::default()
        }
    }
    ///`RefreshClientTokenResponseData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RefreshClientTokenResponseData {
        pub token: ::std::string::String,
        pub token_expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl RefreshClientTokenResponseData {
        pub fn builder() -> builder::RefreshClientTokenResponseData {
            Default::default()
        }
    }
    ///A refresh token to exchange for a new join token.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RefreshRoomClientTokenRequest {
        ///The refresh token from `create_client_token`.
        pub refresh_token: ::std::string::String,
        ///Lifetime of the new join token, 10 to 3600 seconds (server default 600).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token_ttl_secs: ::std::option::Option<i64>,
    }
    impl RefreshRoomClientTokenRequest {
        pub fn builder() -> builder::RefreshRoomClientTokenRequest {
            Default::default()
        }
    }
    ///A video room that participants join with a client token.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Room {
        ///Id of the session in progress, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active_session_id: ::std::option::Option<::uuid::Uuid>,
        ///When the room was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Whether sessions of this room are recorded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_recording: ::std::option::Option<bool>,
        ///Id of the room.
        pub id: ::uuid::Uuid,
        ///How many participants may be in the room at once.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_participants: ::std::option::Option<i64>,
        ///Always `room`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_type: ::std::option::Option<::std::string::String>,
        ///The room's sessions, when asked for with `include_sessions`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub sessions: ::std::vec::Vec<RoomSession>,
        ///Name of the room, unique within the account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unique_name: ::std::option::Option<::std::string::String>,
        ///When the room was last changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Where webhook events go when the main URL fails.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_event_failover_url: ::std::option::Option<::std::string::String>,
        ///Where the room's webhook events are sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_event_url: ::std::option::Option<::std::string::String>,
        ///How long Telnyx waits for the webhook URL to answer, in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_timeout_secs: ::std::option::Option<i64>,
    }
    impl Room {
        pub fn builder() -> builder::Room {
            Default::default()
        }
    }
    ///Several recordings of one session composed into a single video file.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RoomComposition {
        ///When the file was ready.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///When the composition was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Where the file can be downloaded, once completed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub download_url: ::std::option::Option<::std::string::String>,
        ///Length of the composition in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_secs: ::std::option::Option<i64>,
        ///When composing ended.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ended_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///File format, e.g. `mp4`; new values may appear.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub format: ::std::option::Option<::std::string::String>,
        ///Id of the composition.
        pub id: ::uuid::Uuid,
        ///Always `composition`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_type: ::std::option::Option<::std::string::String>,
        ///Frame size, e.g. `1280x720`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resolution: ::std::option::Option<::std::string::String>,
        ///Id of the room.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub room_id: ::std::option::Option<::uuid::Uuid>,
        ///Id of the session.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session_id: ::std::option::Option<::uuid::Uuid>,
        ///Size of the file in megabytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size_mb: ::std::option::Option<f32>,
        ///When composing started.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///`enqueued`, `processing` or `completed`; new values may appear.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///When the composition last changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Id of the user who asked for the composition.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::uuid::Uuid>,
        ///How the recorded videos are placed, by region name.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub video_layout: ::std::collections::BTreeMap<
            ::std::string::String,
            VideoRegion,
        >,
        ///Where webhook events go when the main URL fails.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_event_failover_url: ::std::option::Option<::std::string::String>,
        ///Where the composition's webhook events are sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_event_url: ::std::option::Option<::std::string::String>,
        ///How long Telnyx waits for the webhook URL to answer, in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_timeout_secs: ::std::option::Option<i64>,
    }
    impl RoomComposition {
        pub fn builder() -> builder::RoomComposition {
            Default::default()
        }
    }
    ///Someone who joined a room session.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RoomParticipant {
        ///The context string given when the participant's token was made.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        ///Id of the participant.
        pub id: ::uuid::Uuid,
        ///When the participant joined.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub joined_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///When the participant left; absent while they are in the session.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub left_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Always `room_participant`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_type: ::std::option::Option<::std::string::String>,
        ///Id of the session the participant joined.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session_id: ::std::option::Option<::uuid::Uuid>,
        ///When the participant last changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl RoomParticipant {
        pub fn builder() -> builder::RoomParticipant {
            Default::default()
        }
    }
    ///A recording of one participant's audio or video in a session.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RoomRecording {
        ///Codec of the recording.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub codec: ::std::option::Option<::std::string::String>,
        ///When the file was ready.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///When the recording was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Where the file can be downloaded, once completed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub download_url: ::std::option::Option<::std::string::String>,
        ///Length of the recording in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_secs: ::std::option::Option<i64>,
        ///When recording ended.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ended_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Id of the recording.
        pub id: ::uuid::Uuid,
        ///Id of the recorded participant.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub participant_id: ::std::option::Option<::uuid::Uuid>,
        ///Always `room_recording`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_type: ::std::option::Option<::std::string::String>,
        ///Id of the room.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub room_id: ::std::option::Option<::uuid::Uuid>,
        ///Id of the session.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session_id: ::std::option::Option<::uuid::Uuid>,
        ///Size of the file in megabytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size_mb: ::std::option::Option<f32>,
        ///When recording started.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///`completed` or `processing`; new values may appear.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///`audio` or `video`; new values may appear.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///When the recording last changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl RoomRecording {
        pub fn builder() -> builder::RoomRecording {
            Default::default()
        }
    }
    ///One continuous use of a room, from the first participant joining to its end.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RoomSession {
        ///Whether the session is still going on.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///When the session started.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///When the session ended; absent while it is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ended_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Id of the session.
        pub id: ::uuid::Uuid,
        ///The session's participants, when asked for with `include_participants`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub participants: ::std::vec::Vec<RoomParticipant>,
        ///Always `room_session`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_type: ::std::option::Option<::std::string::String>,
        ///Id of the room the session belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub room_id: ::std::option::Option<::uuid::Uuid>,
        ///When the session last changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl RoomSession {
        pub fn builder() -> builder::RoomSession {
            Default::default()
        }
    }
    ///Webhook event sent when a session ends.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct SessionEnded {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<SessionEndedEventType>,
        ///Id of this event.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::uuid::Uuid>,
        ///When the event happened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub occurred_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<SessionEndedPayload>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_type: ::std::option::Option<SessionEndedRecordType>,
    }
    impl SessionEnded {
        pub fn builder() -> builder::SessionEnded {
            Default::default()
        }
    }
    ///`SessionEndedEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum SessionEndedEventType {
        #[serde(rename = "video.room.session.ended")]
        VideoRoomSessionEnded,
    }
    impl ::std::fmt::Display for SessionEndedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::VideoRoomSessionEnded => f.write_str("video.room.session.ended"),
            }
        }
    }
    impl ::std::str::FromStr for SessionEndedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "video.room.session.ended" => Ok(Self::VideoRoomSessionEnded),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SessionEndedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SessionEndedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SessionEndedPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SessionEndedPayload {
        ///How long the session lasted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_secs: ::std::option::Option<i64>,
        ///Why the session ended.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ended_reason: ::std::option::Option<::std::string::String>,
        pub room_id: ::uuid::Uuid,
        pub session_id: ::uuid::Uuid,
    }
    impl SessionEndedPayload {
        pub fn builder() -> builder::SessionEndedPayload {
            Default::default()
        }
    }
    ///`SessionEndedRecordType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum SessionEndedRecordType {
        #[serde(rename = "event")]
        Event,
    }
    impl ::std::fmt::Display for SessionEndedRecordType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Event => f.write_str("event"),
            }
        }
    }
    impl ::std::str::FromStr for SessionEndedRecordType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "event" => Ok(Self::Event),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SessionEndedRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SessionEndedRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Webhook event sent when the first participant joins and a session begins.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct SessionStarted {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<SessionStartedEventType>,
        ///Id of this event.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::uuid::Uuid>,
        ///When the event happened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub occurred_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<SessionStartedPayload>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_type: ::std::option::Option<SessionStartedRecordType>,
    }
    impl SessionStarted {
        pub fn builder() -> builder::SessionStarted {
            Default::default()
        }
    }
    ///`SessionStartedEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum SessionStartedEventType {
        #[serde(rename = "video.room.session.started")]
        VideoRoomSessionStarted,
    }
    impl ::std::fmt::Display for SessionStartedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::VideoRoomSessionStarted => {
                    f.write_str("video.room.session.started")
                }
            }
        }
    }
    impl ::std::str::FromStr for SessionStartedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "video.room.session.started" => Ok(Self::VideoRoomSessionStarted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SessionStartedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SessionStartedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SessionStartedPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SessionStartedPayload {
        pub room_id: ::uuid::Uuid,
        pub session_id: ::uuid::Uuid,
    }
    impl SessionStartedPayload {
        pub fn builder() -> builder::SessionStartedPayload {
            Default::default()
        }
    }
    ///`SessionStartedRecordType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum SessionStartedRecordType {
        #[serde(rename = "event")]
        Event,
    }
    impl ::std::fmt::Display for SessionStartedRecordType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Event => f.write_str("event"),
            }
        }
    }
    impl ::std::str::FromStr for SessionStartedRecordType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "event" => Ok(Self::Event),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SessionStartedRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SessionStartedRecordType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`UnmuteParticipantsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UnmuteParticipantsResponse {
        pub data: UnmuteParticipantsResponseData,
    }
    impl UnmuteParticipantsResponse {
        pub fn builder() -> builder::UnmuteParticipantsResponse {
            Default::default()
        }
    }
    ///`UnmuteParticipantsResponseData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UnmuteParticipantsResponseData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<::std::string::String>,
    }
    impl UnmuteParticipantsResponseData {
        pub fn builder() -> builder::UnmuteParticipantsResponseData {
            Default::default()
        }
    }
    ///`UpdateRoomResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateRoomResponse {
        pub data: Room,
    }
    impl UpdateRoomResponse {
        pub fn builder() -> builder::UpdateRoomResponse {
            Default::default()
        }
    }
    ///A rectangle of a composition's frame and the videos shown in it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct VideoRegion {
        ///Height in pixels, at least 16.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub height: ::std::option::Option<i64>,
        ///Most columns the region's grid may have (1 to 1000).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_columns: ::std::option::Option<::std::num::NonZeroU64>,
        ///Most rows the region's grid may have (1 to 1000).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_rows: ::std::option::Option<::std::num::NonZeroU64>,
        ///Ids of the participants whose video is shown here.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub video_sources: ::std::vec::Vec<::std::string::String>,
        ///Width in pixels, at least 16.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub width: ::std::option::Option<i64>,
        ///Left edge in pixels.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub x_pos: ::std::option::Option<i64>,
        ///Top edge in pixels.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub y_pos: ::std::option::Option<i64>,
        ///Stacking order, -99 to 99; higher is in front.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub z_pos: ::std::option::Option<i64>,
    }
    impl VideoRegion {
        pub fn builder() -> builder::VideoRegion {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ActionsParticipantsRequest {
            exclude: ::std::result::Result<
                ::std::vec::Vec<::uuid::Uuid>,
                ::std::string::String,
            >,
            participants: ::std::result::Result<
                ::std::option::Option<super::ActionsParticipantsRequestParticipants>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ActionsParticipantsRequest {
            fn default() -> Self {
                Self {
                    exclude: Ok(Default::default()),
                    participants: Ok(Default::default()),
                }
            }
        }
        impl ActionsParticipantsRequest {
            pub fn exclude<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.exclude = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exclude: {e}")
                    });
                self
            }
            pub fn participants<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ActionsParticipantsRequestParticipants>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.participants = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for participants: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActionsParticipantsRequest>
        for super::ActionsParticipantsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActionsParticipantsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    exclude: value.exclude?,
                    participants: value.participants?,
                })
            }
        }
        impl ::std::convert::From<super::ActionsParticipantsRequest>
        for ActionsParticipantsRequest {
            fn from(value: super::ActionsParticipantsRequest) -> Self {
                Self {
                    exclude: Ok(value.exclude),
                    participants: Ok(value.participants),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CompositionCompleted {
            event_type: ::std::result::Result<
                ::std::option::Option<super::CompositionCompletedEventType>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::std::option::Option<super::CompositionCompletedPayload>,
                ::std::string::String,
            >,
            record_type: ::std::result::Result<
                ::std::option::Option<super::CompositionCompletedRecordType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CompositionCompleted {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    id: Ok(Default::default()),
                    occurred_at: Ok(Default::default()),
                    payload: Ok(Default::default()),
                    record_type: Ok(Default::default()),
                }
            }
        }
        impl CompositionCompleted {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CompositionCompletedEventType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.occurred_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occurred_at: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CompositionCompletedPayload>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
            pub fn record_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CompositionCompletedRecordType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.record_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CompositionCompleted>
        for super::CompositionCompleted {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CompositionCompleted,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    event_type: value.event_type?,
                    id: value.id?,
                    occurred_at: value.occurred_at?,
                    payload: value.payload?,
                    record_type: value.record_type?,
                })
            }
        }
        impl ::std::convert::From<super::CompositionCompleted> for CompositionCompleted {
            fn from(value: super::CompositionCompleted) -> Self {
                Self {
                    event_type: Ok(value.event_type),
                    id: Ok(value.id),
                    occurred_at: Ok(value.occurred_at),
                    payload: Ok(value.payload),
                    record_type: Ok(value.record_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CompositionCompletedPayload {
            composition_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            download_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            format: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            resolution: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            room_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            session_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            size_mb: ::std::result::Result<
                ::std::option::Option<f32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CompositionCompletedPayload {
            fn default() -> Self {
                Self {
                    composition_id: Err(
                        "no value supplied for composition_id".to_string(),
                    ),
                    download_url: Ok(Default::default()),
                    duration_secs: Ok(Default::default()),
                    format: Ok(Default::default()),
                    resolution: Ok(Default::default()),
                    room_id: Err("no value supplied for room_id".to_string()),
                    session_id: Err("no value supplied for session_id".to_string()),
                    size_mb: Ok(Default::default()),
                }
            }
        }
        impl CompositionCompletedPayload {
            pub fn composition_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.composition_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for composition_id: {e}"
                        )
                    });
                self
            }
            pub fn download_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.download_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for download_url: {e}")
                    });
                self
            }
            pub fn duration_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration_secs: {e}")
                    });
                self
            }
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for format: {e}")
                    });
                self
            }
            pub fn resolution<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resolution = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resolution: {e}")
                    });
                self
            }
            pub fn room_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.room_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for room_id: {e}")
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
            pub fn size_mb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.size_mb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size_mb: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CompositionCompletedPayload>
        for super::CompositionCompletedPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CompositionCompletedPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    composition_id: value.composition_id?,
                    download_url: value.download_url?,
                    duration_secs: value.duration_secs?,
                    format: value.format?,
                    resolution: value.resolution?,
                    room_id: value.room_id?,
                    session_id: value.session_id?,
                    size_mb: value.size_mb?,
                })
            }
        }
        impl ::std::convert::From<super::CompositionCompletedPayload>
        for CompositionCompletedPayload {
            fn from(value: super::CompositionCompletedPayload) -> Self {
                Self {
                    composition_id: Ok(value.composition_id),
                    download_url: Ok(value.download_url),
                    duration_secs: Ok(value.duration_secs),
                    format: Ok(value.format),
                    resolution: Ok(value.resolution),
                    room_id: Ok(value.room_id),
                    session_id: Ok(value.session_id),
                    size_mb: Ok(value.size_mb),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateClientTokenResponse {
            data: ::std::result::Result<
                super::CreateClientTokenResponseData,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateClientTokenResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl CreateClientTokenResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateClientTokenResponseData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateClientTokenResponse>
        for super::CreateClientTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateClientTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::CreateClientTokenResponse>
        for CreateClientTokenResponse {
            fn from(value: super::CreateClientTokenResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateClientTokenResponseData {
            refresh_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            refresh_token_expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
            token_expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateClientTokenResponseData {
            fn default() -> Self {
                Self {
                    refresh_token: Err(
                        "no value supplied for refresh_token".to_string(),
                    ),
                    refresh_token_expires_at: Err(
                        "no value supplied for refresh_token_expires_at".to_string(),
                    ),
                    token: Err("no value supplied for token".to_string()),
                    token_expires_at: Err(
                        "no value supplied for token_expires_at".to_string(),
                    ),
                }
            }
        }
        impl CreateClientTokenResponseData {
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn refresh_token_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for refresh_token_expires_at: {e}"
                        )
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn token_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.token_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for token_expires_at: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateClientTokenResponseData>
        for super::CreateClientTokenResponseData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateClientTokenResponseData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    refresh_token: value.refresh_token?,
                    refresh_token_expires_at: value.refresh_token_expires_at?,
                    token: value.token?,
                    token_expires_at: value.token_expires_at?,
                })
            }
        }
        impl ::std::convert::From<super::CreateClientTokenResponseData>
        for CreateClientTokenResponseData {
            fn from(value: super::CreateClientTokenResponseData) -> Self {
                Self {
                    refresh_token: Ok(value.refresh_token),
                    refresh_token_expires_at: Ok(value.refresh_token_expires_at),
                    token: Ok(value.token),
                    token_expires_at: Ok(value.token_expires_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateRoomClientTokenRequest {
            refresh_token_ttl_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            token_ttl_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateRoomClientTokenRequest {
            fn default() -> Self {
                Self {
                    refresh_token_ttl_secs: Ok(Default::default()),
                    token_ttl_secs: Ok(Default::default()),
                }
            }
        }
        impl CreateRoomClientTokenRequest {
            pub fn refresh_token_ttl_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token_ttl_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for refresh_token_ttl_secs: {e}"
                        )
                    });
                self
            }
            pub fn token_ttl_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.token_ttl_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for token_ttl_secs: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateRoomClientTokenRequest>
        for super::CreateRoomClientTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateRoomClientTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    refresh_token_ttl_secs: value.refresh_token_ttl_secs?,
                    token_ttl_secs: value.token_ttl_secs?,
                })
            }
        }
        impl ::std::convert::From<super::CreateRoomClientTokenRequest>
        for CreateRoomClientTokenRequest {
            fn from(value: super::CreateRoomClientTokenRequest) -> Self {
                Self {
                    refresh_token_ttl_secs: Ok(value.refresh_token_ttl_secs),
                    token_ttl_secs: Ok(value.token_ttl_secs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateRoomCompositionRequest {
            format: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            resolution: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            session_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            video_layout: ::std::result::Result<
                ::std::collections::BTreeMap<::std::string::String, super::VideoRegion>,
                ::std::string::String,
            >,
            webhook_event_failover_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_event_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_timeout_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateRoomCompositionRequest {
            fn default() -> Self {
                Self {
                    format: Ok(Default::default()),
                    resolution: Ok(Default::default()),
                    session_id: Ok(Default::default()),
                    video_layout: Ok(Default::default()),
                    webhook_event_failover_url: Ok(Default::default()),
                    webhook_event_url: Ok(Default::default()),
                    webhook_timeout_secs: Ok(Default::default()),
                }
            }
        }
        impl CreateRoomCompositionRequest {
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for format: {e}")
                    });
                self
            }
            pub fn resolution<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resolution = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resolution: {e}")
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
            pub fn video_layout<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        super::VideoRegion,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.video_layout = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for video_layout: {e}")
                    });
                self
            }
            pub fn webhook_event_failover_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_event_failover_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_event_failover_url: {e}"
                        )
                    });
                self
            }
            pub fn webhook_event_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_event_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_event_url: {e}"
                        )
                    });
                self
            }
            pub fn webhook_timeout_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_timeout_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_timeout_secs: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateRoomCompositionRequest>
        for super::CreateRoomCompositionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateRoomCompositionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    format: value.format?,
                    resolution: value.resolution?,
                    session_id: value.session_id?,
                    video_layout: value.video_layout?,
                    webhook_event_failover_url: value.webhook_event_failover_url?,
                    webhook_event_url: value.webhook_event_url?,
                    webhook_timeout_secs: value.webhook_timeout_secs?,
                })
            }
        }
        impl ::std::convert::From<super::CreateRoomCompositionRequest>
        for CreateRoomCompositionRequest {
            fn from(value: super::CreateRoomCompositionRequest) -> Self {
                Self {
                    format: Ok(value.format),
                    resolution: Ok(value.resolution),
                    session_id: Ok(value.session_id),
                    video_layout: Ok(value.video_layout),
                    webhook_event_failover_url: Ok(value.webhook_event_failover_url),
                    webhook_event_url: Ok(value.webhook_event_url),
                    webhook_timeout_secs: Ok(value.webhook_timeout_secs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateRoomCompositionResponse {
            data: ::std::result::Result<super::RoomComposition, ::std::string::String>,
        }
        impl ::std::default::Default for CreateRoomCompositionResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl CreateRoomCompositionResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RoomComposition>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateRoomCompositionResponse>
        for super::CreateRoomCompositionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateRoomCompositionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::CreateRoomCompositionResponse>
        for CreateRoomCompositionResponse {
            fn from(value: super::CreateRoomCompositionResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateRoomRequest {
            enable_recording: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            max_participants: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            unique_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_event_failover_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_event_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_timeout_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateRoomRequest {
            fn default() -> Self {
                Self {
                    enable_recording: Ok(Default::default()),
                    max_participants: Ok(Default::default()),
                    unique_name: Ok(Default::default()),
                    webhook_event_failover_url: Ok(Default::default()),
                    webhook_event_url: Ok(Default::default()),
                    webhook_timeout_secs: Ok(Default::default()),
                }
            }
        }
        impl CreateRoomRequest {
            pub fn enable_recording<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_recording = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_recording: {e}"
                        )
                    });
                self
            }
            pub fn max_participants<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_participants = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_participants: {e}"
                        )
                    });
                self
            }
            pub fn unique_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unique_name: {e}")
                    });
                self
            }
            pub fn webhook_event_failover_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_event_failover_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_event_failover_url: {e}"
                        )
                    });
                self
            }
            pub fn webhook_event_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_event_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_event_url: {e}"
                        )
                    });
                self
            }
            pub fn webhook_timeout_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_timeout_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_timeout_secs: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateRoomRequest> for super::CreateRoomRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateRoomRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enable_recording: value.enable_recording?,
                    max_participants: value.max_participants?,
                    unique_name: value.unique_name?,
                    webhook_event_failover_url: value.webhook_event_failover_url?,
                    webhook_event_url: value.webhook_event_url?,
                    webhook_timeout_secs: value.webhook_timeout_secs?,
                })
            }
        }
        impl ::std::convert::From<super::CreateRoomRequest> for CreateRoomRequest {
            fn from(value: super::CreateRoomRequest) -> Self {
                Self {
                    enable_recording: Ok(value.enable_recording),
                    max_participants: Ok(value.max_participants),
                    unique_name: Ok(value.unique_name),
                    webhook_event_failover_url: Ok(value.webhook_event_failover_url),
                    webhook_event_url: Ok(value.webhook_event_url),
                    webhook_timeout_secs: Ok(value.webhook_timeout_secs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateRoomResponse {
            data: ::std::result::Result<super::Room, ::std::string::String>,
        }
        impl ::std::default::Default for CreateRoomResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl CreateRoomResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Room>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateRoomResponse> for super::CreateRoomResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateRoomResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::CreateRoomResponse> for CreateRoomResponse {
            fn from(value: super::CreateRoomResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteRoomRecordingsResponse {
            data: ::std::result::Result<
                super::DeleteRoomRecordingsResponseData,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteRoomRecordingsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl DeleteRoomRecordingsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeleteRoomRecordingsResponseData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteRoomRecordingsResponse>
        for super::DeleteRoomRecordingsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteRoomRecordingsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::DeleteRoomRecordingsResponse>
        for DeleteRoomRecordingsResponse {
            fn from(value: super::DeleteRoomRecordingsResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteRoomRecordingsResponseData {
            room_recordings: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteRoomRecordingsResponseData {
            fn default() -> Self {
                Self {
                    room_recordings: Ok(Default::default()),
                }
            }
        }
        impl DeleteRoomRecordingsResponseData {
            pub fn room_recordings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.room_recordings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for room_recordings: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteRoomRecordingsResponseData>
        for super::DeleteRoomRecordingsResponseData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteRoomRecordingsResponseData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    room_recordings: value.room_recordings?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteRoomRecordingsResponseData>
        for DeleteRoomRecordingsResponseData {
            fn from(value: super::DeleteRoomRecordingsResponseData) -> Self {
                Self {
                    room_recordings: Ok(value.room_recordings),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EndRoomSessionResponse {
            data: ::std::result::Result<
                super::EndRoomSessionResponseData,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EndRoomSessionResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl EndRoomSessionResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EndRoomSessionResponseData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EndRoomSessionResponse>
        for super::EndRoomSessionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EndRoomSessionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::EndRoomSessionResponse>
        for EndRoomSessionResponse {
            fn from(value: super::EndRoomSessionResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EndRoomSessionResponseData {
            result: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EndRoomSessionResponseData {
            fn default() -> Self {
                Self {
                    result: Ok(Default::default()),
                }
            }
        }
        impl EndRoomSessionResponseData {
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EndRoomSessionResponseData>
        for super::EndRoomSessionResponseData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EndRoomSessionResponseData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { result: value.result? })
            }
        }
        impl ::std::convert::From<super::EndRoomSessionResponseData>
        for EndRoomSessionResponseData {
            fn from(value: super::EndRoomSessionResponseData) -> Self {
                Self { result: Ok(value.result) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<super::ErrorSource>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    detail: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    source: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl Error {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorSource>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    detail: value.detail?,
                    meta: value.meta?,
                    source: value.source?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    code: Ok(value.code),
                    detail: Ok(value.detail),
                    meta: Ok(value.meta),
                    source: Ok(value.source),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorSource {
            parameter: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pointer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorSource {
            fn default() -> Self {
                Self {
                    parameter: Ok(Default::default()),
                    pointer: Ok(Default::default()),
                }
            }
        }
        impl ErrorSource {
            pub fn parameter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parameter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parameter: {e}")
                    });
                self
            }
            pub fn pointer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pointer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pointer: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorSource> for super::ErrorSource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorSource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    parameter: value.parameter?,
                    pointer: value.pointer?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorSource> for ErrorSource {
            fn from(value: super::ErrorSource) -> Self {
                Self {
                    parameter: Ok(value.parameter),
                    pointer: Ok(value.pointer),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Errors {
            errors: ::std::result::Result<
                ::std::vec::Vec<super::Error>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Errors {
            fn default() -> Self {
                Self {
                    errors: Ok(Default::default()),
                }
            }
        }
        impl Errors {
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Error>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Errors> for super::Errors {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Errors,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { errors: value.errors? })
            }
        }
        impl ::std::convert::From<super::Errors> for Errors {
            fn from(value: super::Errors) -> Self {
                Self { errors: Ok(value.errors) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetRoomCompositionResponse {
            data: ::std::result::Result<super::RoomComposition, ::std::string::String>,
        }
        impl ::std::default::Default for GetRoomCompositionResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl GetRoomCompositionResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RoomComposition>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetRoomCompositionResponse>
        for super::GetRoomCompositionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetRoomCompositionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::GetRoomCompositionResponse>
        for GetRoomCompositionResponse {
            fn from(value: super::GetRoomCompositionResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetRoomParticipantResponse {
            data: ::std::result::Result<super::RoomParticipant, ::std::string::String>,
        }
        impl ::std::default::Default for GetRoomParticipantResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl GetRoomParticipantResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RoomParticipant>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetRoomParticipantResponse>
        for super::GetRoomParticipantResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetRoomParticipantResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::GetRoomParticipantResponse>
        for GetRoomParticipantResponse {
            fn from(value: super::GetRoomParticipantResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetRoomRecordingResponse {
            data: ::std::result::Result<super::RoomRecording, ::std::string::String>,
        }
        impl ::std::default::Default for GetRoomRecordingResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl GetRoomRecordingResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RoomRecording>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetRoomRecordingResponse>
        for super::GetRoomRecordingResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetRoomRecordingResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::GetRoomRecordingResponse>
        for GetRoomRecordingResponse {
            fn from(value: super::GetRoomRecordingResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetRoomResponse {
            data: ::std::result::Result<super::Room, ::std::string::String>,
        }
        impl ::std::default::Default for GetRoomResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl GetRoomResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Room>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetRoomResponse> for super::GetRoomResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetRoomResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::GetRoomResponse> for GetRoomResponse {
            fn from(value: super::GetRoomResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetRoomSessionResponse {
            data: ::std::result::Result<super::RoomSession, ::std::string::String>,
        }
        impl ::std::default::Default for GetRoomSessionResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl GetRoomSessionResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RoomSession>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetRoomSessionResponse>
        for super::GetRoomSessionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetRoomSessionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::GetRoomSessionResponse>
        for GetRoomSessionResponse {
            fn from(value: super::GetRoomSessionResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct KickParticipantsResponse {
            data: ::std::result::Result<
                super::KickParticipantsResponseData,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for KickParticipantsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl KickParticipantsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::KickParticipantsResponseData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<KickParticipantsResponse>
        for super::KickParticipantsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: KickParticipantsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::KickParticipantsResponse>
        for KickParticipantsResponse {
            fn from(value: super::KickParticipantsResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct KickParticipantsResponseData {
            result: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for KickParticipantsResponseData {
            fn default() -> Self {
                Self {
                    result: Ok(Default::default()),
                }
            }
        }
        impl KickParticipantsResponseData {
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<KickParticipantsResponseData>
        for super::KickParticipantsResponseData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: KickParticipantsResponseData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { result: value.result? })
            }
        }
        impl ::std::convert::From<super::KickParticipantsResponseData>
        for KickParticipantsResponseData {
            fn from(value: super::KickParticipantsResponseData) -> Self {
                Self { result: Ok(value.result) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListParticipantsForSessionResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::RoomParticipant>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::PaginationMeta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListParticipantsForSessionResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl ListParticipantsForSessionResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RoomParticipant>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PaginationMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListParticipantsForSessionResponse>
        for super::ListParticipantsForSessionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListParticipantsForSessionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::ListParticipantsForSessionResponse>
        for ListParticipantsForSessionResponse {
            fn from(value: super::ListParticipantsForSessionResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListRoomCompositionsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::RoomComposition>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::PaginationMeta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListRoomCompositionsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl ListRoomCompositionsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RoomComposition>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PaginationMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListRoomCompositionsResponse>
        for super::ListRoomCompositionsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListRoomCompositionsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::ListRoomCompositionsResponse>
        for ListRoomCompositionsResponse {
            fn from(value: super::ListRoomCompositionsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListRoomParticipantsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::RoomParticipant>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::PaginationMeta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListRoomParticipantsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl ListRoomParticipantsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RoomParticipant>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PaginationMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListRoomParticipantsResponse>
        for super::ListRoomParticipantsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListRoomParticipantsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::ListRoomParticipantsResponse>
        for ListRoomParticipantsResponse {
            fn from(value: super::ListRoomParticipantsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListRoomRecordingsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::RoomRecording>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::PaginationMeta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListRoomRecordingsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl ListRoomRecordingsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RoomRecording>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PaginationMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListRoomRecordingsResponse>
        for super::ListRoomRecordingsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListRoomRecordingsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::ListRoomRecordingsResponse>
        for ListRoomRecordingsResponse {
            fn from(value: super::ListRoomRecordingsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListRoomSessionsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::RoomSession>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::PaginationMeta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListRoomSessionsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl ListRoomSessionsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RoomSession>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PaginationMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListRoomSessionsResponse>
        for super::ListRoomSessionsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListRoomSessionsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::ListRoomSessionsResponse>
        for ListRoomSessionsResponse {
            fn from(value: super::ListRoomSessionsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListRoomsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Room>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::PaginationMeta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListRoomsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl ListRoomsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Room>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PaginationMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListRoomsResponse> for super::ListRoomsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListRoomsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::ListRoomsResponse> for ListRoomsResponse {
            fn from(value: super::ListRoomsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListSessionsForRoomResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::RoomSession>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::PaginationMeta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListSessionsForRoomResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl ListSessionsForRoomResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RoomSession>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PaginationMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListSessionsForRoomResponse>
        for super::ListSessionsForRoomResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListSessionsForRoomResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::ListSessionsForRoomResponse>
        for ListSessionsForRoomResponse {
            fn from(value: super::ListSessionsForRoomResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MuteParticipantsResponse {
            data: ::std::result::Result<
                super::MuteParticipantsResponseData,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MuteParticipantsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl MuteParticipantsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MuteParticipantsResponseData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MuteParticipantsResponse>
        for super::MuteParticipantsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MuteParticipantsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::MuteParticipantsResponse>
        for MuteParticipantsResponse {
            fn from(value: super::MuteParticipantsResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MuteParticipantsResponseData {
            result: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MuteParticipantsResponseData {
            fn default() -> Self {
                Self {
                    result: Ok(Default::default()),
                }
            }
        }
        impl MuteParticipantsResponseData {
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MuteParticipantsResponseData>
        for super::MuteParticipantsResponseData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MuteParticipantsResponseData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { result: value.result? })
            }
        }
        impl ::std::convert::From<super::MuteParticipantsResponseData>
        for MuteParticipantsResponseData {
            fn from(value: super::MuteParticipantsResponseData) -> Self {
                Self { result: Ok(value.result) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginationMeta {
            page_number: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total_pages: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total_results: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginationMeta {
            fn default() -> Self {
                Self {
                    page_number: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    total_pages: Ok(Default::default()),
                    total_results: Ok(Default::default()),
                }
            }
        }
        impl PaginationMeta {
            pub fn page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_number: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total_pages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_pages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_pages: {e}")
                    });
                self
            }
            pub fn total_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginationMeta> for super::PaginationMeta {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginationMeta,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    page_number: value.page_number?,
                    page_size: value.page_size?,
                    total_pages: value.total_pages?,
                    total_results: value.total_results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginationMeta> for PaginationMeta {
            fn from(value: super::PaginationMeta) -> Self {
                Self {
                    page_number: Ok(value.page_number),
                    page_size: Ok(value.page_size),
                    total_pages: Ok(value.total_pages),
                    total_results: Ok(value.total_results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ParticipantJoined {
            event_type: ::std::result::Result<
                ::std::option::Option<super::ParticipantJoinedEventType>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::std::option::Option<super::ParticipantJoinedPayload>,
                ::std::string::String,
            >,
            record_type: ::std::result::Result<
                ::std::option::Option<super::ParticipantJoinedRecordType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ParticipantJoined {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    id: Ok(Default::default()),
                    occurred_at: Ok(Default::default()),
                    payload: Ok(Default::default()),
                    record_type: Ok(Default::default()),
                }
            }
        }
        impl ParticipantJoined {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ParticipantJoinedEventType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.occurred_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occurred_at: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ParticipantJoinedPayload>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
            pub fn record_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ParticipantJoinedRecordType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.record_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ParticipantJoined> for super::ParticipantJoined {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ParticipantJoined,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    event_type: value.event_type?,
                    id: value.id?,
                    occurred_at: value.occurred_at?,
                    payload: value.payload?,
                    record_type: value.record_type?,
                })
            }
        }
        impl ::std::convert::From<super::ParticipantJoined> for ParticipantJoined {
            fn from(value: super::ParticipantJoined) -> Self {
                Self {
                    event_type: Ok(value.event_type),
                    id: Ok(value.id),
                    occurred_at: Ok(value.occurred_at),
                    payload: Ok(value.payload),
                    record_type: Ok(value.record_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ParticipantJoinedPayload {
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            participant_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            room_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            session_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for ParticipantJoinedPayload {
            fn default() -> Self {
                Self {
                    context: Ok(Default::default()),
                    participant_id: Err(
                        "no value supplied for participant_id".to_string(),
                    ),
                    room_id: Err("no value supplied for room_id".to_string()),
                    session_id: Err("no value supplied for session_id".to_string()),
                }
            }
        }
        impl ParticipantJoinedPayload {
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn participant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.participant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for participant_id: {e}"
                        )
                    });
                self
            }
            pub fn room_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.room_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for room_id: {e}")
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ParticipantJoinedPayload>
        for super::ParticipantJoinedPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ParticipantJoinedPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    context: value.context?,
                    participant_id: value.participant_id?,
                    room_id: value.room_id?,
                    session_id: value.session_id?,
                })
            }
        }
        impl ::std::convert::From<super::ParticipantJoinedPayload>
        for ParticipantJoinedPayload {
            fn from(value: super::ParticipantJoinedPayload) -> Self {
                Self {
                    context: Ok(value.context),
                    participant_id: Ok(value.participant_id),
                    room_id: Ok(value.room_id),
                    session_id: Ok(value.session_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ParticipantLeft {
            event_type: ::std::result::Result<
                ::std::option::Option<super::ParticipantLeftEventType>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::std::option::Option<super::ParticipantLeftPayload>,
                ::std::string::String,
            >,
            record_type: ::std::result::Result<
                ::std::option::Option<super::ParticipantLeftRecordType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ParticipantLeft {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    id: Ok(Default::default()),
                    occurred_at: Ok(Default::default()),
                    payload: Ok(Default::default()),
                    record_type: Ok(Default::default()),
                }
            }
        }
        impl ParticipantLeft {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ParticipantLeftEventType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.occurred_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occurred_at: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ParticipantLeftPayload>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
            pub fn record_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ParticipantLeftRecordType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.record_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ParticipantLeft> for super::ParticipantLeft {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ParticipantLeft,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    event_type: value.event_type?,
                    id: value.id?,
                    occurred_at: value.occurred_at?,
                    payload: value.payload?,
                    record_type: value.record_type?,
                })
            }
        }
        impl ::std::convert::From<super::ParticipantLeft> for ParticipantLeft {
            fn from(value: super::ParticipantLeft) -> Self {
                Self {
                    event_type: Ok(value.event_type),
                    id: Ok(value.id),
                    occurred_at: Ok(value.occurred_at),
                    payload: Ok(value.payload),
                    record_type: Ok(value.record_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ParticipantLeftPayload {
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            left_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            participant_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            room_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            session_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for ParticipantLeftPayload {
            fn default() -> Self {
                Self {
                    context: Ok(Default::default()),
                    duration_secs: Ok(Default::default()),
                    left_reason: Ok(Default::default()),
                    participant_id: Err(
                        "no value supplied for participant_id".to_string(),
                    ),
                    room_id: Err("no value supplied for room_id".to_string()),
                    session_id: Err("no value supplied for session_id".to_string()),
                }
            }
        }
        impl ParticipantLeftPayload {
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn duration_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration_secs: {e}")
                    });
                self
            }
            pub fn left_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.left_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for left_reason: {e}")
                    });
                self
            }
            pub fn participant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.participant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for participant_id: {e}"
                        )
                    });
                self
            }
            pub fn room_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.room_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for room_id: {e}")
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ParticipantLeftPayload>
        for super::ParticipantLeftPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ParticipantLeftPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    context: value.context?,
                    duration_secs: value.duration_secs?,
                    left_reason: value.left_reason?,
                    participant_id: value.participant_id?,
                    room_id: value.room_id?,
                    session_id: value.session_id?,
                })
            }
        }
        impl ::std::convert::From<super::ParticipantLeftPayload>
        for ParticipantLeftPayload {
            fn from(value: super::ParticipantLeftPayload) -> Self {
                Self {
                    context: Ok(value.context),
                    duration_secs: Ok(value.duration_secs),
                    left_reason: Ok(value.left_reason),
                    participant_id: Ok(value.participant_id),
                    room_id: Ok(value.room_id),
                    session_id: Ok(value.session_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PatchRoomRequest {
            enable_recording: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            max_participants: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            unique_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_event_failover_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_event_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_timeout_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PatchRoomRequest {
            fn default() -> Self {
                Self {
                    enable_recording: Ok(Default::default()),
                    max_participants: Ok(Default::default()),
                    unique_name: Ok(Default::default()),
                    webhook_event_failover_url: Ok(Default::default()),
                    webhook_event_url: Ok(Default::default()),
                    webhook_timeout_secs: Ok(Default::default()),
                }
            }
        }
        impl PatchRoomRequest {
            pub fn enable_recording<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_recording = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_recording: {e}"
                        )
                    });
                self
            }
            pub fn max_participants<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_participants = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_participants: {e}"
                        )
                    });
                self
            }
            pub fn unique_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unique_name: {e}")
                    });
                self
            }
            pub fn webhook_event_failover_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_event_failover_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_event_failover_url: {e}"
                        )
                    });
                self
            }
            pub fn webhook_event_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_event_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_event_url: {e}"
                        )
                    });
                self
            }
            pub fn webhook_timeout_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_timeout_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_timeout_secs: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PatchRoomRequest> for super::PatchRoomRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PatchRoomRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enable_recording: value.enable_recording?,
                    max_participants: value.max_participants?,
                    unique_name: value.unique_name?,
                    webhook_event_failover_url: value.webhook_event_failover_url?,
                    webhook_event_url: value.webhook_event_url?,
                    webhook_timeout_secs: value.webhook_timeout_secs?,
                })
            }
        }
        impl ::std::convert::From<super::PatchRoomRequest> for PatchRoomRequest {
            fn from(value: super::PatchRoomRequest) -> Self {
                Self {
                    enable_recording: Ok(value.enable_recording),
                    max_participants: Ok(value.max_participants),
                    unique_name: Ok(value.unique_name),
                    webhook_event_failover_url: Ok(value.webhook_event_failover_url),
                    webhook_event_url: Ok(value.webhook_event_url),
                    webhook_timeout_secs: Ok(value.webhook_timeout_secs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RecordingCompleted {
            event_type: ::std::result::Result<
                ::std::option::Option<super::RecordingCompletedEventType>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::std::option::Option<super::RecordingCompletedPayload>,
                ::std::string::String,
            >,
            record_type: ::std::result::Result<
                ::std::option::Option<super::RecordingCompletedRecordType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RecordingCompleted {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    id: Ok(Default::default()),
                    occurred_at: Ok(Default::default()),
                    payload: Ok(Default::default()),
                    record_type: Ok(Default::default()),
                }
            }
        }
        impl RecordingCompleted {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RecordingCompletedEventType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.occurred_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occurred_at: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RecordingCompletedPayload>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
            pub fn record_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RecordingCompletedRecordType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.record_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RecordingCompleted> for super::RecordingCompleted {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RecordingCompleted,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    event_type: value.event_type?,
                    id: value.id?,
                    occurred_at: value.occurred_at?,
                    payload: value.payload?,
                    record_type: value.record_type?,
                })
            }
        }
        impl ::std::convert::From<super::RecordingCompleted> for RecordingCompleted {
            fn from(value: super::RecordingCompleted) -> Self {
                Self {
                    event_type: Ok(value.event_type),
                    id: Ok(value.id),
                    occurred_at: Ok(value.occurred_at),
                    payload: Ok(value.payload),
                    record_type: Ok(value.record_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RecordingCompletedPayload {
            codec: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            download_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            participant_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            recording_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            room_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            session_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            size_mb: ::std::result::Result<
                ::std::option::Option<f32>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RecordingCompletedPayload {
            fn default() -> Self {
                Self {
                    codec: Ok(Default::default()),
                    download_url: Ok(Default::default()),
                    duration_secs: Ok(Default::default()),
                    participant_id: Ok(Default::default()),
                    recording_id: Err("no value supplied for recording_id".to_string()),
                    room_id: Err("no value supplied for room_id".to_string()),
                    session_id: Err("no value supplied for session_id".to_string()),
                    size_mb: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl RecordingCompletedPayload {
            pub fn codec<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.codec = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for codec: {e}")
                    });
                self
            }
            pub fn download_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.download_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for download_url: {e}")
                    });
                self
            }
            pub fn duration_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration_secs: {e}")
                    });
                self
            }
            pub fn participant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.participant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for participant_id: {e}"
                        )
                    });
                self
            }
            pub fn recording_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.recording_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recording_id: {e}")
                    });
                self
            }
            pub fn room_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.room_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for room_id: {e}")
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
            pub fn size_mb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.size_mb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size_mb: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RecordingCompletedPayload>
        for super::RecordingCompletedPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RecordingCompletedPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    codec: value.codec?,
                    download_url: value.download_url?,
                    duration_secs: value.duration_secs?,
                    participant_id: value.participant_id?,
                    recording_id: value.recording_id?,
                    room_id: value.room_id?,
                    session_id: value.session_id?,
                    size_mb: value.size_mb?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::RecordingCompletedPayload>
        for RecordingCompletedPayload {
            fn from(value: super::RecordingCompletedPayload) -> Self {
                Self {
                    codec: Ok(value.codec),
                    download_url: Ok(value.download_url),
                    duration_secs: Ok(value.duration_secs),
                    participant_id: Ok(value.participant_id),
                    recording_id: Ok(value.recording_id),
                    room_id: Ok(value.room_id),
                    session_id: Ok(value.session_id),
                    size_mb: Ok(value.size_mb),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RecordingStarted {
            event_type: ::std::result::Result<
                ::std::option::Option<super::RecordingStartedEventType>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::std::option::Option<super::RecordingStartedPayload>,
                ::std::string::String,
            >,
            record_type: ::std::result::Result<
                ::std::option::Option<super::RecordingStartedRecordType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RecordingStarted {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    id: Ok(Default::default()),
                    occurred_at: Ok(Default::default()),
                    payload: Ok(Default::default()),
                    record_type: Ok(Default::default()),
                }
            }
        }
        impl RecordingStarted {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RecordingStartedEventType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.occurred_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occurred_at: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RecordingStartedPayload>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
            pub fn record_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RecordingStartedRecordType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.record_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RecordingStarted> for super::RecordingStarted {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RecordingStarted,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    event_type: value.event_type?,
                    id: value.id?,
                    occurred_at: value.occurred_at?,
                    payload: value.payload?,
                    record_type: value.record_type?,
                })
            }
        }
        impl ::std::convert::From<super::RecordingStarted> for RecordingStarted {
            fn from(value: super::RecordingStarted) -> Self {
                Self {
                    event_type: Ok(value.event_type),
                    id: Ok(value.id),
                    occurred_at: Ok(value.occurred_at),
                    payload: Ok(value.payload),
                    record_type: Ok(value.record_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RecordingStartedPayload {
            participant_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            recording_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            room_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            session_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RecordingStartedPayload {
            fn default() -> Self {
                Self {
                    participant_id: Ok(Default::default()),
                    recording_id: Err("no value supplied for recording_id".to_string()),
                    room_id: Err("no value supplied for room_id".to_string()),
                    session_id: Err("no value supplied for session_id".to_string()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl RecordingStartedPayload {
            pub fn participant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.participant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for participant_id: {e}"
                        )
                    });
                self
            }
            pub fn recording_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.recording_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recording_id: {e}")
                    });
                self
            }
            pub fn room_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.room_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for room_id: {e}")
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RecordingStartedPayload>
        for super::RecordingStartedPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RecordingStartedPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    participant_id: value.participant_id?,
                    recording_id: value.recording_id?,
                    room_id: value.room_id?,
                    session_id: value.session_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::RecordingStartedPayload>
        for RecordingStartedPayload {
            fn from(value: super::RecordingStartedPayload) -> Self {
                Self {
                    participant_id: Ok(value.participant_id),
                    recording_id: Ok(value.recording_id),
                    room_id: Ok(value.room_id),
                    session_id: Ok(value.session_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RefreshClientTokenResponse {
            data: ::std::result::Result<
                super::RefreshClientTokenResponseData,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RefreshClientTokenResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl RefreshClientTokenResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RefreshClientTokenResponseData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RefreshClientTokenResponse>
        for super::RefreshClientTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefreshClientTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::RefreshClientTokenResponse>
        for RefreshClientTokenResponse {
            fn from(value: super::RefreshClientTokenResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RefreshClientTokenResponseData {
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
            token_expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RefreshClientTokenResponseData {
            fn default() -> Self {
                Self {
                    token: Err("no value supplied for token".to_string()),
                    token_expires_at: Err(
                        "no value supplied for token_expires_at".to_string(),
                    ),
                }
            }
        }
        impl RefreshClientTokenResponseData {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn token_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.token_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for token_expires_at: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RefreshClientTokenResponseData>
        for super::RefreshClientTokenResponseData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefreshClientTokenResponseData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    token: value.token?,
                    token_expires_at: value.token_expires_at?,
                })
            }
        }
        impl ::std::convert::From<super::RefreshClientTokenResponseData>
        for RefreshClientTokenResponseData {
            fn from(value: super::RefreshClientTokenResponseData) -> Self {
                Self {
                    token: Ok(value.token),
                    token_expires_at: Ok(value.token_expires_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RefreshRoomClientTokenRequest {
            refresh_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            token_ttl_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RefreshRoomClientTokenRequest {
            fn default() -> Self {
                Self {
                    refresh_token: Err(
                        "no value supplied for refresh_token".to_string(),
                    ),
                    token_ttl_secs: Ok(Default::default()),
                }
            }
        }
        impl RefreshRoomClientTokenRequest {
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn token_ttl_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.token_ttl_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for token_ttl_secs: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RefreshRoomClientTokenRequest>
        for super::RefreshRoomClientTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefreshRoomClientTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    refresh_token: value.refresh_token?,
                    token_ttl_secs: value.token_ttl_secs?,
                })
            }
        }
        impl ::std::convert::From<super::RefreshRoomClientTokenRequest>
        for RefreshRoomClientTokenRequest {
            fn from(value: super::RefreshRoomClientTokenRequest) -> Self {
                Self {
                    refresh_token: Ok(value.refresh_token),
                    token_ttl_secs: Ok(value.token_ttl_secs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Room {
            active_session_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            enable_recording: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            max_participants: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            record_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sessions: ::std::result::Result<
                ::std::vec::Vec<super::RoomSession>,
                ::std::string::String,
            >,
            unique_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            webhook_event_failover_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_event_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_timeout_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Room {
            fn default() -> Self {
                Self {
                    active_session_id: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    enable_recording: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    max_participants: Ok(Default::default()),
                    record_type: Ok(Default::default()),
                    sessions: Ok(Default::default()),
                    unique_name: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    webhook_event_failover_url: Ok(Default::default()),
                    webhook_event_url: Ok(Default::default()),
                    webhook_timeout_secs: Ok(Default::default()),
                }
            }
        }
        impl Room {
            pub fn active_session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_session_id: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn enable_recording<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_recording = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_recording: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn max_participants<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_participants = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_participants: {e}"
                        )
                    });
                self
            }
            pub fn record_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.record_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_type: {e}")
                    });
                self
            }
            pub fn sessions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RoomSession>>,
                T::Error: ::std::fmt::Display,
            {
                self.sessions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sessions: {e}")
                    });
                self
            }
            pub fn unique_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unique_name: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn webhook_event_failover_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_event_failover_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_event_failover_url: {e}"
                        )
                    });
                self
            }
            pub fn webhook_event_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_event_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_event_url: {e}"
                        )
                    });
                self
            }
            pub fn webhook_timeout_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_timeout_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_timeout_secs: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Room> for super::Room {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Room,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active_session_id: value.active_session_id?,
                    created_at: value.created_at?,
                    enable_recording: value.enable_recording?,
                    id: value.id?,
                    max_participants: value.max_participants?,
                    record_type: value.record_type?,
                    sessions: value.sessions?,
                    unique_name: value.unique_name?,
                    updated_at: value.updated_at?,
                    webhook_event_failover_url: value.webhook_event_failover_url?,
                    webhook_event_url: value.webhook_event_url?,
                    webhook_timeout_secs: value.webhook_timeout_secs?,
                })
            }
        }
        impl ::std::convert::From<super::Room> for Room {
            fn from(value: super::Room) -> Self {
                Self {
                    active_session_id: Ok(value.active_session_id),
                    created_at: Ok(value.created_at),
                    enable_recording: Ok(value.enable_recording),
                    id: Ok(value.id),
                    max_participants: Ok(value.max_participants),
                    record_type: Ok(value.record_type),
                    sessions: Ok(value.sessions),
                    unique_name: Ok(value.unique_name),
                    updated_at: Ok(value.updated_at),
                    webhook_event_failover_url: Ok(value.webhook_event_failover_url),
                    webhook_event_url: Ok(value.webhook_event_url),
                    webhook_timeout_secs: Ok(value.webhook_timeout_secs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoomComposition {
            completed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            download_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            ended_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            format: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            record_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            resolution: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            room_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            session_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            size_mb: ::std::result::Result<
                ::std::option::Option<f32>,
                ::std::string::String,
            >,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            video_layout: ::std::result::Result<
                ::std::collections::BTreeMap<::std::string::String, super::VideoRegion>,
                ::std::string::String,
            >,
            webhook_event_failover_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_event_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_timeout_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RoomComposition {
            fn default() -> Self {
                Self {
                    completed_at: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    download_url: Ok(Default::default()),
                    duration_secs: Ok(Default::default()),
                    ended_at: Ok(Default::default()),
                    format: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    record_type: Ok(Default::default()),
                    resolution: Ok(Default::default()),
                    room_id: Ok(Default::default()),
                    session_id: Ok(Default::default()),
                    size_mb: Ok(Default::default()),
                    started_at: Ok(Default::default()),
                    status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                    video_layout: Ok(Default::default()),
                    webhook_event_failover_url: Ok(Default::default()),
                    webhook_event_url: Ok(Default::default()),
                    webhook_timeout_secs: Ok(Default::default()),
                }
            }
        }
        impl RoomComposition {
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed_at: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn download_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.download_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for download_url: {e}")
                    });
                self
            }
            pub fn duration_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration_secs: {e}")
                    });
                self
            }
            pub fn ended_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ended_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ended_at: {e}")
                    });
                self
            }
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for format: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn record_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.record_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_type: {e}")
                    });
                self
            }
            pub fn resolution<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resolution = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resolution: {e}")
                    });
                self
            }
            pub fn room_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.room_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for room_id: {e}")
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
            pub fn size_mb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.size_mb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size_mb: {e}")
                    });
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.started_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for started_at: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
            pub fn video_layout<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        super::VideoRegion,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.video_layout = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for video_layout: {e}")
                    });
                self
            }
            pub fn webhook_event_failover_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_event_failover_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_event_failover_url: {e}"
                        )
                    });
                self
            }
            pub fn webhook_event_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_event_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_event_url: {e}"
                        )
                    });
                self
            }
            pub fn webhook_timeout_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_timeout_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_timeout_secs: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoomComposition> for super::RoomComposition {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoomComposition,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    completed_at: value.completed_at?,
                    created_at: value.created_at?,
                    download_url: value.download_url?,
                    duration_secs: value.duration_secs?,
                    ended_at: value.ended_at?,
                    format: value.format?,
                    id: value.id?,
                    record_type: value.record_type?,
                    resolution: value.resolution?,
                    room_id: value.room_id?,
                    session_id: value.session_id?,
                    size_mb: value.size_mb?,
                    started_at: value.started_at?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                    user_id: value.user_id?,
                    video_layout: value.video_layout?,
                    webhook_event_failover_url: value.webhook_event_failover_url?,
                    webhook_event_url: value.webhook_event_url?,
                    webhook_timeout_secs: value.webhook_timeout_secs?,
                })
            }
        }
        impl ::std::convert::From<super::RoomComposition> for RoomComposition {
            fn from(value: super::RoomComposition) -> Self {
                Self {
                    completed_at: Ok(value.completed_at),
                    created_at: Ok(value.created_at),
                    download_url: Ok(value.download_url),
                    duration_secs: Ok(value.duration_secs),
                    ended_at: Ok(value.ended_at),
                    format: Ok(value.format),
                    id: Ok(value.id),
                    record_type: Ok(value.record_type),
                    resolution: Ok(value.resolution),
                    room_id: Ok(value.room_id),
                    session_id: Ok(value.session_id),
                    size_mb: Ok(value.size_mb),
                    started_at: Ok(value.started_at),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                    user_id: Ok(value.user_id),
                    video_layout: Ok(value.video_layout),
                    webhook_event_failover_url: Ok(value.webhook_event_failover_url),
                    webhook_event_url: Ok(value.webhook_event_url),
                    webhook_timeout_secs: Ok(value.webhook_timeout_secs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoomParticipant {
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            joined_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            left_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            record_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            session_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RoomParticipant {
            fn default() -> Self {
                Self {
                    context: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    joined_at: Ok(Default::default()),
                    left_at: Ok(Default::default()),
                    record_type: Ok(Default::default()),
                    session_id: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl RoomParticipant {
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn joined_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.joined_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for joined_at: {e}")
                    });
                self
            }
            pub fn left_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.left_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for left_at: {e}")
                    });
                self
            }
            pub fn record_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.record_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_type: {e}")
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoomParticipant> for super::RoomParticipant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoomParticipant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    context: value.context?,
                    id: value.id?,
                    joined_at: value.joined_at?,
                    left_at: value.left_at?,
                    record_type: value.record_type?,
                    session_id: value.session_id?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::RoomParticipant> for RoomParticipant {
            fn from(value: super::RoomParticipant) -> Self {
                Self {
                    context: Ok(value.context),
                    id: Ok(value.id),
                    joined_at: Ok(value.joined_at),
                    left_at: Ok(value.left_at),
                    record_type: Ok(value.record_type),
                    session_id: Ok(value.session_id),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoomRecording {
            codec: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            completed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            download_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            ended_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            participant_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            record_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            room_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            session_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            size_mb: ::std::result::Result<
                ::std::option::Option<f32>,
                ::std::string::String,
            >,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RoomRecording {
            fn default() -> Self {
                Self {
                    codec: Ok(Default::default()),
                    completed_at: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    download_url: Ok(Default::default()),
                    duration_secs: Ok(Default::default()),
                    ended_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    participant_id: Ok(Default::default()),
                    record_type: Ok(Default::default()),
                    room_id: Ok(Default::default()),
                    session_id: Ok(Default::default()),
                    size_mb: Ok(Default::default()),
                    started_at: Ok(Default::default()),
                    status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl RoomRecording {
            pub fn codec<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.codec = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for codec: {e}")
                    });
                self
            }
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed_at: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn download_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.download_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for download_url: {e}")
                    });
                self
            }
            pub fn duration_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration_secs: {e}")
                    });
                self
            }
            pub fn ended_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ended_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ended_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn participant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.participant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for participant_id: {e}"
                        )
                    });
                self
            }
            pub fn record_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.record_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_type: {e}")
                    });
                self
            }
            pub fn room_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.room_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for room_id: {e}")
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
            pub fn size_mb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.size_mb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size_mb: {e}")
                    });
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.started_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for started_at: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoomRecording> for super::RoomRecording {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoomRecording,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    codec: value.codec?,
                    completed_at: value.completed_at?,
                    created_at: value.created_at?,
                    download_url: value.download_url?,
                    duration_secs: value.duration_secs?,
                    ended_at: value.ended_at?,
                    id: value.id?,
                    participant_id: value.participant_id?,
                    record_type: value.record_type?,
                    room_id: value.room_id?,
                    session_id: value.session_id?,
                    size_mb: value.size_mb?,
                    started_at: value.started_at?,
                    status: value.status?,
                    type_: value.type_?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::RoomRecording> for RoomRecording {
            fn from(value: super::RoomRecording) -> Self {
                Self {
                    codec: Ok(value.codec),
                    completed_at: Ok(value.completed_at),
                    created_at: Ok(value.created_at),
                    download_url: Ok(value.download_url),
                    duration_secs: Ok(value.duration_secs),
                    ended_at: Ok(value.ended_at),
                    id: Ok(value.id),
                    participant_id: Ok(value.participant_id),
                    record_type: Ok(value.record_type),
                    room_id: Ok(value.room_id),
                    session_id: Ok(value.session_id),
                    size_mb: Ok(value.size_mb),
                    started_at: Ok(value.started_at),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoomSession {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            ended_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            participants: ::std::result::Result<
                ::std::vec::Vec<super::RoomParticipant>,
                ::std::string::String,
            >,
            record_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            room_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RoomSession {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    ended_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    participants: Ok(Default::default()),
                    record_type: Ok(Default::default()),
                    room_id: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl RoomSession {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn ended_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ended_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ended_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn participants<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RoomParticipant>>,
                T::Error: ::std::fmt::Display,
            {
                self.participants = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for participants: {e}")
                    });
                self
            }
            pub fn record_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.record_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_type: {e}")
                    });
                self
            }
            pub fn room_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.room_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for room_id: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoomSession> for super::RoomSession {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoomSession,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    created_at: value.created_at?,
                    ended_at: value.ended_at?,
                    id: value.id?,
                    participants: value.participants?,
                    record_type: value.record_type?,
                    room_id: value.room_id?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::RoomSession> for RoomSession {
            fn from(value: super::RoomSession) -> Self {
                Self {
                    active: Ok(value.active),
                    created_at: Ok(value.created_at),
                    ended_at: Ok(value.ended_at),
                    id: Ok(value.id),
                    participants: Ok(value.participants),
                    record_type: Ok(value.record_type),
                    room_id: Ok(value.room_id),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionEnded {
            event_type: ::std::result::Result<
                ::std::option::Option<super::SessionEndedEventType>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::std::option::Option<super::SessionEndedPayload>,
                ::std::string::String,
            >,
            record_type: ::std::result::Result<
                ::std::option::Option<super::SessionEndedRecordType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SessionEnded {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    id: Ok(Default::default()),
                    occurred_at: Ok(Default::default()),
                    payload: Ok(Default::default()),
                    record_type: Ok(Default::default()),
                }
            }
        }
        impl SessionEnded {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SessionEndedEventType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.occurred_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occurred_at: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SessionEndedPayload>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
            pub fn record_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SessionEndedRecordType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.record_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionEnded> for super::SessionEnded {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionEnded,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    event_type: value.event_type?,
                    id: value.id?,
                    occurred_at: value.occurred_at?,
                    payload: value.payload?,
                    record_type: value.record_type?,
                })
            }
        }
        impl ::std::convert::From<super::SessionEnded> for SessionEnded {
            fn from(value: super::SessionEnded) -> Self {
                Self {
                    event_type: Ok(value.event_type),
                    id: Ok(value.id),
                    occurred_at: Ok(value.occurred_at),
                    payload: Ok(value.payload),
                    record_type: Ok(value.record_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionEndedPayload {
            duration_secs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            ended_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            room_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            session_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for SessionEndedPayload {
            fn default() -> Self {
                Self {
                    duration_secs: Ok(Default::default()),
                    ended_reason: Ok(Default::default()),
                    room_id: Err("no value supplied for room_id".to_string()),
                    session_id: Err("no value supplied for session_id".to_string()),
                }
            }
        }
        impl SessionEndedPayload {
            pub fn duration_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_secs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration_secs: {e}")
                    });
                self
            }
            pub fn ended_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ended_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ended_reason: {e}")
                    });
                self
            }
            pub fn room_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.room_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for room_id: {e}")
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionEndedPayload>
        for super::SessionEndedPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionEndedPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    duration_secs: value.duration_secs?,
                    ended_reason: value.ended_reason?,
                    room_id: value.room_id?,
                    session_id: value.session_id?,
                })
            }
        }
        impl ::std::convert::From<super::SessionEndedPayload> for SessionEndedPayload {
            fn from(value: super::SessionEndedPayload) -> Self {
                Self {
                    duration_secs: Ok(value.duration_secs),
                    ended_reason: Ok(value.ended_reason),
                    room_id: Ok(value.room_id),
                    session_id: Ok(value.session_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionStarted {
            event_type: ::std::result::Result<
                ::std::option::Option<super::SessionStartedEventType>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::std::option::Option<super::SessionStartedPayload>,
                ::std::string::String,
            >,
            record_type: ::std::result::Result<
                ::std::option::Option<super::SessionStartedRecordType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SessionStarted {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    id: Ok(Default::default()),
                    occurred_at: Ok(Default::default()),
                    payload: Ok(Default::default()),
                    record_type: Ok(Default::default()),
                }
            }
        }
        impl SessionStarted {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SessionStartedEventType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.occurred_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occurred_at: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SessionStartedPayload>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
            pub fn record_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SessionStartedRecordType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.record_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionStarted> for super::SessionStarted {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionStarted,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    event_type: value.event_type?,
                    id: value.id?,
                    occurred_at: value.occurred_at?,
                    payload: value.payload?,
                    record_type: value.record_type?,
                })
            }
        }
        impl ::std::convert::From<super::SessionStarted> for SessionStarted {
            fn from(value: super::SessionStarted) -> Self {
                Self {
                    event_type: Ok(value.event_type),
                    id: Ok(value.id),
                    occurred_at: Ok(value.occurred_at),
                    payload: Ok(value.payload),
                    record_type: Ok(value.record_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionStartedPayload {
            room_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            session_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for SessionStartedPayload {
            fn default() -> Self {
                Self {
                    room_id: Err("no value supplied for room_id".to_string()),
                    session_id: Err("no value supplied for session_id".to_string()),
                }
            }
        }
        impl SessionStartedPayload {
            pub fn room_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.room_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for room_id: {e}")
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionStartedPayload>
        for super::SessionStartedPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionStartedPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    room_id: value.room_id?,
                    session_id: value.session_id?,
                })
            }
        }
        impl ::std::convert::From<super::SessionStartedPayload>
        for SessionStartedPayload {
            fn from(value: super::SessionStartedPayload) -> Self {
                Self {
                    room_id: Ok(value.room_id),
                    session_id: Ok(value.session_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UnmuteParticipantsResponse {
            data: ::std::result::Result<
                super::UnmuteParticipantsResponseData,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UnmuteParticipantsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl UnmuteParticipantsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UnmuteParticipantsResponseData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UnmuteParticipantsResponse>
        for super::UnmuteParticipantsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UnmuteParticipantsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::UnmuteParticipantsResponse>
        for UnmuteParticipantsResponse {
            fn from(value: super::UnmuteParticipantsResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UnmuteParticipantsResponseData {
            result: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UnmuteParticipantsResponseData {
            fn default() -> Self {
                Self {
                    result: Ok(Default::default()),
                }
            }
        }
        impl UnmuteParticipantsResponseData {
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UnmuteParticipantsResponseData>
        for super::UnmuteParticipantsResponseData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UnmuteParticipantsResponseData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { result: value.result? })
            }
        }
        impl ::std::convert::From<super::UnmuteParticipantsResponseData>
        for UnmuteParticipantsResponseData {
            fn from(value: super::UnmuteParticipantsResponseData) -> Self {
                Self { result: Ok(value.result) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateRoomResponse {
            data: ::std::result::Result<super::Room, ::std::string::String>,
        }
        impl ::std::default::Default for UpdateRoomResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl UpdateRoomResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Room>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateRoomResponse> for super::UpdateRoomResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateRoomResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::UpdateRoomResponse> for UpdateRoomResponse {
            fn from(value: super::UpdateRoomResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VideoRegion {
            height: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            max_columns: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            max_rows: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            video_sources: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            width: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            x_pos: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            y_pos: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            z_pos: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VideoRegion {
            fn default() -> Self {
                Self {
                    height: Ok(Default::default()),
                    max_columns: Ok(Default::default()),
                    max_rows: Ok(Default::default()),
                    video_sources: Ok(Default::default()),
                    width: Ok(Default::default()),
                    x_pos: Ok(Default::default()),
                    y_pos: Ok(Default::default()),
                    z_pos: Ok(Default::default()),
                }
            }
        }
        impl VideoRegion {
            pub fn height<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.height = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for height: {e}")
                    });
                self
            }
            pub fn max_columns<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.max_columns = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_columns: {e}")
                    });
                self
            }
            pub fn max_rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.max_rows = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_rows: {e}")
                    });
                self
            }
            pub fn video_sources<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.video_sources = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for video_sources: {e}")
                    });
                self
            }
            pub fn width<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.width = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for width: {e}")
                    });
                self
            }
            pub fn x_pos<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.x_pos = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for x_pos: {e}")
                    });
                self
            }
            pub fn y_pos<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.y_pos = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for y_pos: {e}")
                    });
                self
            }
            pub fn z_pos<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.z_pos = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for z_pos: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VideoRegion> for super::VideoRegion {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VideoRegion,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    height: value.height?,
                    max_columns: value.max_columns?,
                    max_rows: value.max_rows?,
                    video_sources: value.video_sources?,
                    width: value.width?,
                    x_pos: value.x_pos?,
                    y_pos: value.y_pos?,
                    z_pos: value.z_pos?,
                })
            }
        }
        impl ::std::convert::From<super::VideoRegion> for VideoRegion {
            fn from(value: super::VideoRegion) -> Self {
                Self {
                    height: Ok(value.height),
                    max_columns: Ok(value.max_columns),
                    max_rows: Ok(value.max_rows),
                    video_sources: Ok(value.video_sources),
                    width: Ok(value.width),
                    x_pos: Ok(value.x_pos),
                    y_pos: Ok(value.y_pos),
                    z_pos: Ok(value.z_pos),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
///A client of the Telnyx Video Rooms API: build it with [`Client::builder`], then call an operation, set its parameters and [`execute`](builder::ListRooms::execute) it, e.g. `client.list_rooms().page_size(50).execute().await?`. Cloning is cheap: clones share the connection pool and settings.
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::config::Inner,
}
impl Client {
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub(crate) fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::config::Inner,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl Client {
    /**List room compositions

One page of the compositions of the account, optionally filtered.

Sends a `GET` request to `/room_compositions`

Arguments:
- `filter_date_created_at_eq`: Only items created on this date (YYYY-MM-DD).
- `filter_date_created_at_gte`: Only items created on or after this date (YYYY-MM-DD).
- `filter_date_created_at_lte`: Only items created on or before this date (YYYY-MM-DD).
- `filter_session_id`: Only items of this session.
- `filter_status`: Only items in this status.
- `page_number`: Which page to return, counting from 1.
- `page_size`: Items per page, 1 to 250. The server's default is 20.
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn list_room_compositions(&self) -> builder::ListRoomCompositions<'_> {
        builder::ListRoomCompositions::new(self)
    }
    /**Create a room composition

Starts composing a session's recordings into one video file. The work is asynchronous; the composition's `status` tells when it is done.

Sends a `POST` request to `/room_compositions`

Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn create_room_composition(&self) -> builder::CreateRoomComposition<'_> {
        builder::CreateRoomComposition::new(self)
    }
    /**Get a room composition

Fetches one composition.

Sends a `GET` request to `/room_compositions/{room_composition_id}`

Arguments:
- `room_composition_id`: Id of the room composition (a UUID).
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn get_room_composition(&self) -> builder::GetRoomComposition<'_> {
        builder::GetRoomComposition::new(self)
    }
    /**Delete a room composition

Deletes one composition.

Sends a `DELETE` request to `/room_compositions/{room_composition_id}`

Arguments:
- `room_composition_id`: Id of the room composition (a UUID).
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn delete_room_composition(&self) -> builder::DeleteRoomComposition<'_> {
        builder::DeleteRoomComposition::new(self)
    }
    /**List room participants

One page of the participants across all sessions of the account.

Sends a `GET` request to `/room_participants`

Arguments:
- `filter_context`: Only participants whose context string is this.
- `filter_date_joined_at_eq`: Only participants who joined on this date (YYYY-MM-DD).
- `filter_date_joined_at_gte`: Only participants who joined on or after this date (YYYY-MM-DD).
- `filter_date_joined_at_lte`: Only participants who joined on or before this date (YYYY-MM-DD).
- `filter_date_left_at_eq`: Only participants who left on this date (YYYY-MM-DD).
- `filter_date_left_at_gte`: Only participants who left on or after this date (YYYY-MM-DD).
- `filter_date_left_at_lte`: Only participants who left on or before this date (YYYY-MM-DD).
- `filter_date_updated_at_eq`: Only items last updated on this date (YYYY-MM-DD).
- `filter_date_updated_at_gte`: Only items last updated on or after this date (YYYY-MM-DD).
- `filter_date_updated_at_lte`: Only items last updated on or before this date (YYYY-MM-DD).
- `filter_session_id`: Only items of this session.
- `page_number`: Which page to return, counting from 1.
- `page_size`: Items per page, 1 to 250. The server's default is 20.
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn list_room_participants(&self) -> builder::ListRoomParticipants<'_> {
        builder::ListRoomParticipants::new(self)
    }
    /**Get a room participant

Fetches one participant.

Sends a `GET` request to `/room_participants/{room_participant_id}`

Arguments:
- `room_participant_id`: Id of the room participant (a UUID).
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn get_room_participant(&self) -> builder::GetRoomParticipant<'_> {
        builder::GetRoomParticipant::new(self)
    }
    /**List room recordings

One page of the recordings of the account, optionally filtered.

Sends a `GET` request to `/room_recordings`

Arguments:
- `filter_date_ended_at_eq`: Only items that ended on this date (YYYY-MM-DD).
- `filter_date_ended_at_gte`: Only items that ended on or after this date (YYYY-MM-DD).
- `filter_date_ended_at_lte`: Only items that ended on or before this date (YYYY-MM-DD).
- `filter_date_started_at_eq`: Only items that started on this date (YYYY-MM-DD).
- `filter_date_started_at_gte`: Only items that started on or after this date (YYYY-MM-DD).
- `filter_date_started_at_lte`: Only items that started on or before this date (YYYY-MM-DD).
- `filter_duration_secs`: Only recordings of exactly this length in seconds.
- `filter_participant_id`: Only recordings of this participant.
- `filter_room_id`: Only items of this room.
- `filter_session_id`: Only items of this session.
- `filter_status`: Only items in this status.
- `filter_type`: Only recordings of this type (`audio` or `video`).
- `page_number`: Which page to return, counting from 1.
- `page_size`: Items per page, 1 to 250. The server's default is 20.
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn list_room_recordings(&self) -> builder::ListRoomRecordings<'_> {
        builder::ListRoomRecordings::new(self)
    }
    /**Delete room recordings in bulk

Deletes every recording that matches the filters. With no filter this deletes every recording of the account: set at least one filter.

Sends a `DELETE` request to `/room_recordings`

Arguments:
- `filter_date_ended_at_eq`: Only items that ended on this date (YYYY-MM-DD).
- `filter_date_ended_at_gte`: Only items that ended on or after this date (YYYY-MM-DD).
- `filter_date_ended_at_lte`: Only items that ended on or before this date (YYYY-MM-DD).
- `filter_date_started_at_eq`: Only items that started on this date (YYYY-MM-DD).
- `filter_date_started_at_gte`: Only items that started on or after this date (YYYY-MM-DD).
- `filter_date_started_at_lte`: Only items that started on or before this date (YYYY-MM-DD).
- `filter_duration_secs`: Only recordings of exactly this length in seconds.
- `filter_participant_id`: Only recordings of this participant.
- `filter_room_id`: Only items of this room.
- `filter_session_id`: Only items of this session.
- `filter_status`: Only items in this status.
- `filter_type`: Only recordings of this type (`audio` or `video`).
- `page_number`: Which page to return, counting from 1.
- `page_size`: Items per page, 1 to 250. The server's default is 20.
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn delete_room_recordings(&self) -> builder::DeleteRoomRecordings<'_> {
        builder::DeleteRoomRecordings::new(self)
    }
    /**Get a room recording

Fetches one recording.

Sends a `GET` request to `/room_recordings/{room_recording_id}`

Arguments:
- `room_recording_id`: Id of the room recording (a UUID).
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn get_room_recording(&self) -> builder::GetRoomRecording<'_> {
        builder::GetRoomRecording::new(self)
    }
    /**Delete a room recording

Deletes one recording.

Sends a `DELETE` request to `/room_recordings/{room_recording_id}`

Arguments:
- `room_recording_id`: Id of the room recording (a UUID).
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn delete_room_recording(&self) -> builder::DeleteRoomRecording<'_> {
        builder::DeleteRoomRecording::new(self)
    }
    /**List room sessions

One page of the sessions across all rooms of the account.

Sends a `GET` request to `/room_sessions`

Arguments:
- `filter_active`: Only sessions that are active (true) or over (false).
- `filter_date_created_at_eq`: Only items created on this date (YYYY-MM-DD).
- `filter_date_created_at_gte`: Only items created on or after this date (YYYY-MM-DD).
- `filter_date_created_at_lte`: Only items created on or before this date (YYYY-MM-DD).
- `filter_date_ended_at_eq`: Only items that ended on this date (YYYY-MM-DD).
- `filter_date_ended_at_gte`: Only items that ended on or after this date (YYYY-MM-DD).
- `filter_date_ended_at_lte`: Only items that ended on or before this date (YYYY-MM-DD).
- `filter_date_updated_at_eq`: Only items last updated on this date (YYYY-MM-DD).
- `filter_date_updated_at_gte`: Only items last updated on or after this date (YYYY-MM-DD).
- `filter_date_updated_at_lte`: Only items last updated on or before this date (YYYY-MM-DD).
- `filter_room_id`: Only items of this room.
- `include_participants`: When true, each session comes with its participants.
- `page_number`: Which page to return, counting from 1.
- `page_size`: Items per page, 1 to 250. The server's default is 20.
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn list_room_sessions(&self) -> builder::ListRoomSessions<'_> {
        builder::ListRoomSessions::new(self)
    }
    /**Get a room session

Fetches one session, with its participants when `include_participants` is true.

Sends a `GET` request to `/room_sessions/{room_session_id}`

Arguments:
- `room_session_id`: Id of the room session (a UUID).
- `include_participants`: When true, each session comes with its participants.
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn get_room_session(&self) -> builder::GetRoomSession<'_> {
        builder::GetRoomSession::new(self)
    }
    /**End a room session

Ends the session now; every participant is disconnected.

Sends a `POST` request to `/room_sessions/{room_session_id}/actions/end`

Arguments:
- `room_session_id`: Id of the room session (a UUID).
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn end_room_session(&self) -> builder::EndRoomSession<'_> {
        builder::EndRoomSession::new(self)
    }
    /**Kick participants

Removes participants from the session (all of them, or the listed ids).

Sends a `POST` request to `/room_sessions/{room_session_id}/actions/kick`

Arguments:
- `room_session_id`: Id of the room session (a UUID).
- `body`
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn kick_participants(&self) -> builder::KickParticipants<'_> {
        builder::KickParticipants::new(self)
    }
    /**Mute participants

Mutes participants' audio (all of them, or the listed ids).

Sends a `POST` request to `/room_sessions/{room_session_id}/actions/mute`

Arguments:
- `room_session_id`: Id of the room session (a UUID).
- `body`
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn mute_participants(&self) -> builder::MuteParticipants<'_> {
        builder::MuteParticipants::new(self)
    }
    /**Unmute participants

Unmutes participants' audio (all of them, or the listed ids).

Sends a `POST` request to `/room_sessions/{room_session_id}/actions/unmute`

Arguments:
- `room_session_id`: Id of the room session (a UUID).
- `body`
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn unmute_participants(&self) -> builder::UnmuteParticipants<'_> {
        builder::UnmuteParticipants::new(self)
    }
    /**List a session's participants

One page of the participants of one session.

Sends a `GET` request to `/room_sessions/{room_session_id}/participants`

Arguments:
- `room_session_id`: Id of the room session (a UUID).
- `filter_context`: Only participants whose context string is this.
- `filter_date_joined_at_eq`: Only participants who joined on this date (YYYY-MM-DD).
- `filter_date_joined_at_gte`: Only participants who joined on or after this date (YYYY-MM-DD).
- `filter_date_joined_at_lte`: Only participants who joined on or before this date (YYYY-MM-DD).
- `filter_date_left_at_eq`: Only participants who left on this date (YYYY-MM-DD).
- `filter_date_left_at_gte`: Only participants who left on or after this date (YYYY-MM-DD).
- `filter_date_left_at_lte`: Only participants who left on or before this date (YYYY-MM-DD).
- `filter_date_updated_at_eq`: Only items last updated on this date (YYYY-MM-DD).
- `filter_date_updated_at_gte`: Only items last updated on or after this date (YYYY-MM-DD).
- `filter_date_updated_at_lte`: Only items last updated on or before this date (YYYY-MM-DD).
- `page_number`: Which page to return, counting from 1.
- `page_size`: Items per page, 1 to 250. The server's default is 20.
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn list_participants_for_session(
        &self,
    ) -> builder::ListParticipantsForSession<'_> {
        builder::ListParticipantsForSession::new(self)
    }
    /**List rooms

One page of the rooms in the account, optionally filtered by name and dates.

Sends a `GET` request to `/rooms`

Arguments:
- `filter_date_created_at_eq`: Only items created on this date (YYYY-MM-DD).
- `filter_date_created_at_gte`: Only items created on or after this date (YYYY-MM-DD).
- `filter_date_created_at_lte`: Only items created on or before this date (YYYY-MM-DD).
- `filter_date_updated_at_eq`: Only items last updated on this date (YYYY-MM-DD).
- `filter_date_updated_at_gte`: Only items last updated on or after this date (YYYY-MM-DD).
- `filter_date_updated_at_lte`: Only items last updated on or before this date (YYYY-MM-DD).
- `filter_unique_name`: Only the room with this unique name.
- `include_sessions`: When true, each room comes with its sessions.
- `page_number`: Which page to return, counting from 1.
- `page_size`: Items per page, 1 to 250. The server's default is 20.
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn list_rooms(&self) -> builder::ListRooms<'_> {
        builder::ListRooms::new(self)
    }
    /**Create a room

Creates a room. Fields left out take the server's defaults.

Sends a `POST` request to `/rooms`

Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn create_room(&self) -> builder::CreateRoom<'_> {
        builder::CreateRoom::new(self)
    }
    /**Get a room

Fetches one room, with its sessions when `include_sessions` is true.

Sends a `GET` request to `/rooms/{room_id}`

Arguments:
- `room_id`: Id of the room (a UUID).
- `include_sessions`: When true, each room comes with its sessions.
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn get_room(&self) -> builder::GetRoom<'_> {
        builder::GetRoom::new(self)
    }
    /**Delete a room

Deletes a room. Anyone still in it is removed and can no longer join; billing for the room stops.

Sends a `DELETE` request to `/rooms/{room_id}`

Arguments:
- `room_id`: Id of the room (a UUID).
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn delete_room(&self) -> builder::DeleteRoom<'_> {
        builder::DeleteRoom::new(self)
    }
    /**Update a room

Changes only the fields present in the body; absent fields keep their value.

Sends a `PATCH` request to `/rooms/{room_id}`

Arguments:
- `room_id`: Id of the room (a UUID).
- `body`
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn update_room(&self) -> builder::UpdateRoom<'_> {
        builder::UpdateRoom::new(self)
    }
    /**Create a client token

Mints a short-lived token that lets a browser or app join the room, plus a refresh token to renew it.

Sends a `POST` request to `/rooms/{room_id}/actions/generate_join_client_token`

Arguments:
- `room_id`: Id of the room (a UUID).
- `body`
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn create_client_token(&self) -> builder::CreateClientToken<'_> {
        builder::CreateClientToken::new(self)
    }
    /**Refresh a client token

Exchanges a refresh token for a new join token.

Sends a `POST` request to `/rooms/{room_id}/actions/refresh_client_token`

Arguments:
- `room_id`: Id of the room (a UUID).
- `body`
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn refresh_client_token(&self) -> builder::RefreshClientToken<'_> {
        builder::RefreshClientToken::new(self)
    }
    /**List a room's sessions

One page of the sessions held in one room.

Sends a `GET` request to `/rooms/{room_id}/sessions`

Arguments:
- `room_id`: Id of the room (a UUID).
- `filter_active`: Only sessions that are active (true) or over (false).
- `filter_date_created_at_eq`: Only items created on this date (YYYY-MM-DD).
- `filter_date_created_at_gte`: Only items created on or after this date (YYYY-MM-DD).
- `filter_date_created_at_lte`: Only items created on or before this date (YYYY-MM-DD).
- `filter_date_ended_at_eq`: Only items that ended on this date (YYYY-MM-DD).
- `filter_date_ended_at_gte`: Only items that ended on or after this date (YYYY-MM-DD).
- `filter_date_ended_at_lte`: Only items that ended on or before this date (YYYY-MM-DD).
- `filter_date_updated_at_eq`: Only items last updated on this date (YYYY-MM-DD).
- `filter_date_updated_at_gte`: Only items last updated on or after this date (YYYY-MM-DD).
- `filter_date_updated_at_lte`: Only items last updated on or before this date (YYYY-MM-DD).
- `include_participants`: When true, each session comes with its participants.
- `page_number`: Which page to return, counting from 1.
- `page_size`: Items per page, 1 to 250. The server's default is 20.
Set its parameters and body fields with the builder's setters, then call `execute()` for what the operation returns, or `send()` for the same call with the answer's status and headers.*/
    pub fn list_sessions_for_room(&self) -> builder::ListSessionsForRoom<'_> {
        builder::ListSessionsForRoom::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{encode_path, ByteStream, RequestBuilderExt, ResponseValue};
    /**Builder for [`Client::list_room_compositions`]

[`Client::list_room_compositions`]: super::Client::list_room_compositions*/
    #[derive(Debug, Clone)]
    pub struct ListRoomCompositions<'a> {
        client: &'a super::Client,
        filter_date_created_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_created_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_created_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_session_id: Result<Option<::uuid::Uuid>, String>,
        filter_status: Result<Option<types::ListRoomCompositionsFilterStatus>, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> ListRoomCompositions<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_date_created_at_eq: Ok(None),
                filter_date_created_at_gte: Ok(None),
                filter_date_created_at_lte: Ok(None),
                filter_session_id: Ok(None),
                filter_status: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::create_room_composition`]

[`Client::create_room_composition`]: super::Client::create_room_composition*/
    #[derive(Debug, Clone)]
    pub struct CreateRoomComposition<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateRoomCompositionRequest, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> CreateRoomComposition<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
                violation: None,
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateRoomCompositionRequest>,
            <V as std::convert::TryInto<
                types::CreateRoomCompositionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateRoomCompositionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateRoomCompositionRequest,
            ) -> types::builder::CreateRoomCompositionRequest,
        {
            self.body = self.body.map(f);
            self
        }
    }
    /**Builder for [`Client::get_room_composition`]

[`Client::get_room_composition`]: super::Client::get_room_composition*/
    #[derive(Debug, Clone)]
    pub struct GetRoomComposition<'a> {
        client: &'a super::Client,
        room_composition_id: Result<::uuid::Uuid, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> GetRoomComposition<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_composition_id: Err(
                    "room_composition_id was not initialized".to_string(),
                ),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::delete_room_composition`]

[`Client::delete_room_composition`]: super::Client::delete_room_composition*/
    #[derive(Debug, Clone)]
    pub struct DeleteRoomComposition<'a> {
        client: &'a super::Client,
        room_composition_id: Result<::uuid::Uuid, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> DeleteRoomComposition<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_composition_id: Err(
                    "room_composition_id was not initialized".to_string(),
                ),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::list_room_participants`]

[`Client::list_room_participants`]: super::Client::list_room_participants*/
    #[derive(Debug, Clone)]
    pub struct ListRoomParticipants<'a> {
        client: &'a super::Client,
        filter_context: Result<Option<::std::string::String>, String>,
        filter_date_joined_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_joined_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_joined_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_left_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_left_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_left_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_session_id: Result<Option<::uuid::Uuid>, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> ListRoomParticipants<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_context: Ok(None),
                filter_date_joined_at_eq: Ok(None),
                filter_date_joined_at_gte: Ok(None),
                filter_date_joined_at_lte: Ok(None),
                filter_date_left_at_eq: Ok(None),
                filter_date_left_at_gte: Ok(None),
                filter_date_left_at_lte: Ok(None),
                filter_date_updated_at_eq: Ok(None),
                filter_date_updated_at_gte: Ok(None),
                filter_date_updated_at_lte: Ok(None),
                filter_session_id: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::get_room_participant`]

[`Client::get_room_participant`]: super::Client::get_room_participant*/
    #[derive(Debug, Clone)]
    pub struct GetRoomParticipant<'a> {
        client: &'a super::Client,
        room_participant_id: Result<::uuid::Uuid, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> GetRoomParticipant<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_participant_id: Err(
                    "room_participant_id was not initialized".to_string(),
                ),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::list_room_recordings`]

[`Client::list_room_recordings`]: super::Client::list_room_recordings*/
    #[derive(Debug, Clone)]
    pub struct ListRoomRecordings<'a> {
        client: &'a super::Client,
        filter_date_ended_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_ended_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_ended_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_started_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_started_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_started_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_duration_secs: Result<Option<i64>, String>,
        filter_participant_id: Result<Option<::uuid::Uuid>, String>,
        filter_room_id: Result<Option<::uuid::Uuid>, String>,
        filter_session_id: Result<Option<::uuid::Uuid>, String>,
        filter_status: Result<Option<::std::string::String>, String>,
        filter_type: Result<Option<::std::string::String>, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> ListRoomRecordings<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_date_ended_at_eq: Ok(None),
                filter_date_ended_at_gte: Ok(None),
                filter_date_ended_at_lte: Ok(None),
                filter_date_started_at_eq: Ok(None),
                filter_date_started_at_gte: Ok(None),
                filter_date_started_at_lte: Ok(None),
                filter_duration_secs: Ok(None),
                filter_participant_id: Ok(None),
                filter_room_id: Ok(None),
                filter_session_id: Ok(None),
                filter_status: Ok(None),
                filter_type: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::delete_room_recordings`]

[`Client::delete_room_recordings`]: super::Client::delete_room_recordings*/
    #[derive(Debug, Clone)]
    pub struct DeleteRoomRecordings<'a> {
        client: &'a super::Client,
        filter_date_ended_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_ended_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_ended_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_started_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_started_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_started_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_duration_secs: Result<Option<i64>, String>,
        filter_participant_id: Result<Option<::uuid::Uuid>, String>,
        filter_room_id: Result<Option<::uuid::Uuid>, String>,
        filter_session_id: Result<Option<::uuid::Uuid>, String>,
        filter_status: Result<Option<::std::string::String>, String>,
        filter_type: Result<Option<::std::string::String>, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> DeleteRoomRecordings<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_date_ended_at_eq: Ok(None),
                filter_date_ended_at_gte: Ok(None),
                filter_date_ended_at_lte: Ok(None),
                filter_date_started_at_eq: Ok(None),
                filter_date_started_at_gte: Ok(None),
                filter_date_started_at_lte: Ok(None),
                filter_duration_secs: Ok(None),
                filter_participant_id: Ok(None),
                filter_room_id: Ok(None),
                filter_session_id: Ok(None),
                filter_status: Ok(None),
                filter_type: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::get_room_recording`]

[`Client::get_room_recording`]: super::Client::get_room_recording*/
    #[derive(Debug, Clone)]
    pub struct GetRoomRecording<'a> {
        client: &'a super::Client,
        room_recording_id: Result<::uuid::Uuid, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> GetRoomRecording<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_recording_id: Err(
                    "room_recording_id was not initialized".to_string(),
                ),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::delete_room_recording`]

[`Client::delete_room_recording`]: super::Client::delete_room_recording*/
    #[derive(Debug, Clone)]
    pub struct DeleteRoomRecording<'a> {
        client: &'a super::Client,
        room_recording_id: Result<::uuid::Uuid, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> DeleteRoomRecording<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_recording_id: Err(
                    "room_recording_id was not initialized".to_string(),
                ),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::list_room_sessions`]

[`Client::list_room_sessions`]: super::Client::list_room_sessions*/
    #[derive(Debug, Clone)]
    pub struct ListRoomSessions<'a> {
        client: &'a super::Client,
        filter_active: Result<Option<bool>, String>,
        filter_date_created_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_created_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_created_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_ended_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_ended_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_ended_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_room_id: Result<Option<::uuid::Uuid>, String>,
        include_participants: Result<Option<bool>, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> ListRoomSessions<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_active: Ok(None),
                filter_date_created_at_eq: Ok(None),
                filter_date_created_at_gte: Ok(None),
                filter_date_created_at_lte: Ok(None),
                filter_date_ended_at_eq: Ok(None),
                filter_date_ended_at_gte: Ok(None),
                filter_date_ended_at_lte: Ok(None),
                filter_date_updated_at_eq: Ok(None),
                filter_date_updated_at_gte: Ok(None),
                filter_date_updated_at_lte: Ok(None),
                filter_room_id: Ok(None),
                include_participants: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::get_room_session`]

[`Client::get_room_session`]: super::Client::get_room_session*/
    #[derive(Debug, Clone)]
    pub struct GetRoomSession<'a> {
        client: &'a super::Client,
        room_session_id: Result<::uuid::Uuid, String>,
        include_participants: Result<Option<bool>, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> GetRoomSession<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_session_id: Err("room_session_id was not initialized".to_string()),
                include_participants: Ok(None),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::end_room_session`]

[`Client::end_room_session`]: super::Client::end_room_session*/
    #[derive(Debug, Clone)]
    pub struct EndRoomSession<'a> {
        client: &'a super::Client,
        room_session_id: Result<::uuid::Uuid, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> EndRoomSession<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_session_id: Err("room_session_id was not initialized".to_string()),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::kick_participants`]

[`Client::kick_participants`]: super::Client::kick_participants*/
    #[derive(Debug, Clone)]
    pub struct KickParticipants<'a> {
        client: &'a super::Client,
        room_session_id: Result<::uuid::Uuid, String>,
        body: Result<types::builder::ActionsParticipantsRequest, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> KickParticipants<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_session_id: Err("room_session_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
                violation: None,
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ActionsParticipantsRequest>,
            <V as std::convert::TryInto<
                types::ActionsParticipantsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ActionsParticipantsRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ActionsParticipantsRequest,
            ) -> types::builder::ActionsParticipantsRequest,
        {
            self.body = self.body.map(f);
            self
        }
    }
    /**Builder for [`Client::mute_participants`]

[`Client::mute_participants`]: super::Client::mute_participants*/
    #[derive(Debug, Clone)]
    pub struct MuteParticipants<'a> {
        client: &'a super::Client,
        room_session_id: Result<::uuid::Uuid, String>,
        body: Result<types::builder::ActionsParticipantsRequest, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> MuteParticipants<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_session_id: Err("room_session_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
                violation: None,
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ActionsParticipantsRequest>,
            <V as std::convert::TryInto<
                types::ActionsParticipantsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ActionsParticipantsRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ActionsParticipantsRequest,
            ) -> types::builder::ActionsParticipantsRequest,
        {
            self.body = self.body.map(f);
            self
        }
    }
    /**Builder for [`Client::unmute_participants`]

[`Client::unmute_participants`]: super::Client::unmute_participants*/
    #[derive(Debug, Clone)]
    pub struct UnmuteParticipants<'a> {
        client: &'a super::Client,
        room_session_id: Result<::uuid::Uuid, String>,
        body: Result<types::builder::ActionsParticipantsRequest, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> UnmuteParticipants<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_session_id: Err("room_session_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
                violation: None,
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ActionsParticipantsRequest>,
            <V as std::convert::TryInto<
                types::ActionsParticipantsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ActionsParticipantsRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ActionsParticipantsRequest,
            ) -> types::builder::ActionsParticipantsRequest,
        {
            self.body = self.body.map(f);
            self
        }
    }
    /**Builder for [`Client::list_participants_for_session`]

[`Client::list_participants_for_session`]: super::Client::list_participants_for_session*/
    #[derive(Debug, Clone)]
    pub struct ListParticipantsForSession<'a> {
        client: &'a super::Client,
        room_session_id: Result<::uuid::Uuid, String>,
        filter_context: Result<Option<::std::string::String>, String>,
        filter_date_joined_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_joined_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_joined_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_left_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_left_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_left_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> ListParticipantsForSession<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_session_id: Err("room_session_id was not initialized".to_string()),
                filter_context: Ok(None),
                filter_date_joined_at_eq: Ok(None),
                filter_date_joined_at_gte: Ok(None),
                filter_date_joined_at_lte: Ok(None),
                filter_date_left_at_eq: Ok(None),
                filter_date_left_at_gte: Ok(None),
                filter_date_left_at_lte: Ok(None),
                filter_date_updated_at_eq: Ok(None),
                filter_date_updated_at_gte: Ok(None),
                filter_date_updated_at_lte: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::list_rooms`]

[`Client::list_rooms`]: super::Client::list_rooms*/
    #[derive(Debug, Clone)]
    pub struct ListRooms<'a> {
        client: &'a super::Client,
        filter_date_created_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_created_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_created_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_unique_name: Result<Option<::std::string::String>, String>,
        include_sessions: Result<Option<bool>, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> ListRooms<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_date_created_at_eq: Ok(None),
                filter_date_created_at_gte: Ok(None),
                filter_date_created_at_lte: Ok(None),
                filter_date_updated_at_eq: Ok(None),
                filter_date_updated_at_gte: Ok(None),
                filter_date_updated_at_lte: Ok(None),
                filter_unique_name: Ok(None),
                include_sessions: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::create_room`]

[`Client::create_room`]: super::Client::create_room*/
    #[derive(Debug, Clone)]
    pub struct CreateRoom<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateRoomRequest, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> CreateRoom<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
                violation: None,
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateRoomRequest>,
            <V as std::convert::TryInto<
                types::CreateRoomRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateRoomRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateRoomRequest,
            ) -> types::builder::CreateRoomRequest,
        {
            self.body = self.body.map(f);
            self
        }
    }
    /**Builder for [`Client::get_room`]

[`Client::get_room`]: super::Client::get_room*/
    #[derive(Debug, Clone)]
    pub struct GetRoom<'a> {
        client: &'a super::Client,
        room_id: Result<::uuid::Uuid, String>,
        include_sessions: Result<Option<bool>, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> GetRoom<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_id: Err("room_id was not initialized".to_string()),
                include_sessions: Ok(None),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::delete_room`]

[`Client::delete_room`]: super::Client::delete_room*/
    #[derive(Debug, Clone)]
    pub struct DeleteRoom<'a> {
        client: &'a super::Client,
        room_id: Result<::uuid::Uuid, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> DeleteRoom<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_id: Err("room_id was not initialized".to_string()),
                violation: None,
            }
        }
    }
    /**Builder for [`Client::update_room`]

[`Client::update_room`]: super::Client::update_room*/
    #[derive(Debug, Clone)]
    pub struct UpdateRoom<'a> {
        client: &'a super::Client,
        room_id: Result<::uuid::Uuid, String>,
        body: Result<types::builder::PatchRoomRequest, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> UpdateRoom<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_id: Err("room_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
                violation: None,
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PatchRoomRequest>,
            <V as std::convert::TryInto<
                types::PatchRoomRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PatchRoomRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PatchRoomRequest,
            ) -> types::builder::PatchRoomRequest,
        {
            self.body = self.body.map(f);
            self
        }
    }
    /**Builder for [`Client::create_client_token`]

[`Client::create_client_token`]: super::Client::create_client_token*/
    #[derive(Debug, Clone)]
    pub struct CreateClientToken<'a> {
        client: &'a super::Client,
        room_id: Result<::uuid::Uuid, String>,
        body: Result<types::builder::CreateRoomClientTokenRequest, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> CreateClientToken<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_id: Err("room_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
                violation: None,
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateRoomClientTokenRequest>,
            <V as std::convert::TryInto<
                types::CreateRoomClientTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateRoomClientTokenRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateRoomClientTokenRequest,
            ) -> types::builder::CreateRoomClientTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
    }
    /**Builder for [`Client::refresh_client_token`]

[`Client::refresh_client_token`]: super::Client::refresh_client_token*/
    #[derive(Debug, Clone)]
    pub struct RefreshClientToken<'a> {
        client: &'a super::Client,
        room_id: Result<::uuid::Uuid, String>,
        body: Result<types::builder::RefreshRoomClientTokenRequest, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> RefreshClientToken<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_id: Err("room_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
                violation: None,
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RefreshRoomClientTokenRequest>,
            <V as std::convert::TryInto<
                types::RefreshRoomClientTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RefreshRoomClientTokenRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RefreshRoomClientTokenRequest,
            ) -> types::builder::RefreshRoomClientTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
    }
    /**Builder for [`Client::list_sessions_for_room`]

[`Client::list_sessions_for_room`]: super::Client::list_sessions_for_room*/
    #[derive(Debug, Clone)]
    pub struct ListSessionsForRoom<'a> {
        client: &'a super::Client,
        room_id: Result<::uuid::Uuid, String>,
        filter_active: Result<Option<bool>, String>,
        filter_date_created_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_created_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_created_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_ended_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_ended_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_ended_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_eq: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_gte: Result<Option<::chrono::naive::NaiveDate>, String>,
        filter_date_updated_at_lte: Result<Option<::chrono::naive::NaiveDate>, String>,
        include_participants: Result<Option<bool>, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        violation: ::std::option::Option<crate::operation::Violation>,
    }
    impl<'a> ListSessionsForRoom<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                room_id: Err("room_id was not initialized".to_string()),
                filter_active: Ok(None),
                filter_date_created_at_eq: Ok(None),
                filter_date_created_at_gte: Ok(None),
                filter_date_created_at_lte: Ok(None),
                filter_date_ended_at_eq: Ok(None),
                filter_date_ended_at_gte: Ok(None),
                filter_date_ended_at_lte: Ok(None),
                filter_date_updated_at_eq: Ok(None),
                filter_date_updated_at_gte: Ok(None),
                filter_date_updated_at_lte: Ok(None),
                include_participants: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                violation: None,
            }
        }
    }
    impl<'a> ListRoomCompositions<'a> {
        ///Sets `filter[date_created_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_created_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_created_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_created_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_created_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_created_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomCompositions),
                                "filter[date_created_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_created_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_created_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_created_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_created_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_created_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_created_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomCompositions),
                                "filter[date_created_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_created_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_created_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_created_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_created_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_created_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_created_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomCompositions),
                                "filter[date_created_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[session_id]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[session_id]` and the rule, and nothing is sent.
        pub fn filter_session_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_session_id = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[session_id]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_session_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomCompositions),
                                "filter[session_id]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[status]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[status]` and the rule, and nothing is sent.
        pub fn filter_status<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<types::ListRoomCompositionsFilterStatus>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_status = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[status]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_status = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomCompositions),
                                "filter[status]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::OneOf(
                                    &["completed", "processing", "enqueued"],
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[number]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[number]` and the rule, and nothing is sent.
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_number = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[number]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_number = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomCompositions),
                                "page[number]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: None,
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[size]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[size]` and the rule, and nothing is sent.
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_size = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[size]") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_size = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomCompositions),
                                "page[size]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: Some(250i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> ListRoomCompositions<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::ListRoomCompositions;
            let Self {
                client,
                violation,
                filter_date_created_at_eq,
                filter_date_created_at_gte,
                filter_date_created_at_lte,
                filter_session_id,
                filter_status,
                page_number,
                page_size,
            } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let filter_date_created_at_eq = filter_date_created_at_eq
                .unwrap_or_default();
            let filter_date_created_at_gte = filter_date_created_at_gte
                .unwrap_or_default();
            let filter_date_created_at_lte = filter_date_created_at_lte
                .unwrap_or_default();
            let filter_session_id = filter_session_id.unwrap_or_default();
            let filter_status = filter_status.unwrap_or_default();
            let page_number = page_number.unwrap_or_default();
            let page_size = page_size.unwrap_or_default();
            let url = format!("{}/room_compositions", client.baseurl);
            let request = client
                .client
                .request(::reqwest::Method::GET, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_created_at][eq]",
                        &filter_date_created_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_created_at][gte]",
                        &filter_date_created_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_created_at][lte]",
                        &filter_date_created_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[session_id]",
                        &filter_session_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("filter[status]", &filter_status),
                )
                .query(&progenitor_client::QueryParam::new("page[number]", &page_number))
                .query(&progenitor_client::QueryParam::new("page[size]", &page_size))
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `GET /room_compositions` through the client's call path (validation, auth, retries, tracing) and returns one [`Page`](crate::Page) of [`types::RoomComposition`]; for every page use [`stream`](Self::stream) or [`pages`](Self::pages).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<crate::Page<types::RoomComposition>, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<crate::Page<types::RoomComposition>, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListRoomCompositions,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::ListRoomCompositionsResponse = answer.json(client)?;
            Ok(crate::Page {
                items: envelope.data,
                meta: envelope.meta,
            })
        }
        ///Sends `GET /room_compositions` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListRoomCompositionsResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListRoomCompositions,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> crate::pagination::sealed::Sealed for ListRoomCompositions<'a> {}
    impl<'a> crate::ListRequest for ListRoomCompositions<'a> {
        type Item = types::RoomComposition;
        fn pages(self) -> crate::Pages<Self::Item> {
            const OP: crate::Operation = crate::Operation::ListRoomCompositions;
            let Self {
                client,
                violation,
                page_number,
                page_size,
                filter_date_created_at_eq,
                filter_date_created_at_gte,
                filter_date_created_at_lte,
                filter_session_id,
                filter_status,
            } = self;
            let invalid = crate::Error::InvalidInput;
            let paging = match violation {
                Some(v) => Err(invalid(v)),
                None => {
                    crate::validate::page_param(
                            OP,
                            "page[number]",
                            page_number.unwrap_or_default(),
                        )
                        .and_then(|number| {
                            let size = crate::validate::page_param(
                                OP,
                                "page[size]",
                                page_size.unwrap_or_default(),
                            )?;
                            Ok(crate::pagination::Paging {
                                number,
                                size,
                            })
                        })
                        .map_err(invalid)
                }
            };
            let client = client.clone();
            crate::Pages::new(
                paging,
                move |number, size| {
                    let client = client.clone();
                    let filter_date_created_at_eq = filter_date_created_at_eq.clone();
                    let filter_date_created_at_gte = filter_date_created_at_gte.clone();
                    let filter_date_created_at_lte = filter_date_created_at_lte.clone();
                    let filter_session_id = filter_session_id.clone();
                    let filter_status = filter_status.clone();
                    Box::pin(async move {
                        ListRoomCompositions {
                            client: &client,
                            violation: None,
                            page_number: Ok(None),
                            page_size: Ok(None),
                            filter_date_created_at_eq,
                            filter_date_created_at_gte,
                            filter_date_created_at_lte,
                            filter_session_id,
                            filter_status,
                        }
                            .page_number(number.get())
                            .page_size(size.get())
                            .execute()
                            .await
                    })
                },
            )
        }
    }
    impl<'a> ListRoomCompositions<'a> {
        /// Every item of every page, lazily: see [`crate::pagination`] for what is
        /// guaranteed. The stream owns a clone of the client: it is `Send + 'static`.
        pub fn stream(
            self,
        ) -> crate::pagination::Items<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::stream(self)
        }
        /// Every page with its `meta`, lazily: see [`crate::pagination`]. The stream owns a
        /// clone of the client: it is `Send + 'static`.
        pub fn pages(
            self,
        ) -> crate::pagination::Pages<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::pages(self)
        }
    }
    impl<'a> CreateRoomComposition<'a> {}
    impl<'a> CreateRoomComposition<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::CreateRoomComposition;
            let Self { client, violation, body } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let body = body
                .and_then(|v| {
                    types::CreateRoomCompositionRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "body",
                        crate::operation::Location::Body,
                        crate::operation::Expected::Valid,
                    ),
                ))?;
            let url = format!("{}/room_compositions", client.baseurl);
            let request = client
                .client
                .request(::reqwest::Method::POST, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `POST /room_compositions` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::RoomComposition`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<types::RoomComposition, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::RoomComposition, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::CreateRoomComposition,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::CreateRoomCompositionResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `POST /room_compositions` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CreateRoomCompositionResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::CreateRoomComposition,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> CreateRoomComposition<'a> {
        ///Sets `format` in the request body (see [`types::CreateRoomCompositionRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn format<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.format(Some(v)));
                    if self.violation.as_ref().is_some_and(|v| v.field == "format") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoomComposition),
                                "format",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Text,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `resolution` in the request body (see [`types::CreateRoomCompositionRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn resolution<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.resolution(Some(v)));
                    if self.violation.as_ref().is_some_and(|v| v.field == "resolution") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoomComposition),
                                "resolution",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Text,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `session_id` in the request body (see [`types::CreateRoomCompositionRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn session_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.session_id(Some(v)));
                    if self.violation.as_ref().is_some_and(|v| v.field == "session_id") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoomComposition),
                                "session_id",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `video_layout` in the request body (see [`types::CreateRoomCompositionRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn video_layout<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<
                ::std::collections::BTreeMap<::std::string::String, types::VideoRegion>,
            >,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.video_layout(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "video_layout")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoomComposition),
                                "video_layout",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Object,
                            ),
                        );
                }
            }
            self
        }
        ///Sets `webhook_event_failover_url` in the request body (see [`types::CreateRoomCompositionRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn webhook_event_failover_url<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.webhook_event_failover_url(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "webhook_event_failover_url")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoomComposition),
                                "webhook_event_failover_url",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uri,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `webhook_event_url` in the request body (see [`types::CreateRoomCompositionRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn webhook_event_url<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.webhook_event_url(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "webhook_event_url")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoomComposition),
                                "webhook_event_url",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uri,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `webhook_timeout_secs` in the request body (see [`types::CreateRoomCompositionRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn webhook_timeout_secs<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.webhook_timeout_secs(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "webhook_timeout_secs")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoomComposition),
                                "webhook_timeout_secs",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Integer {
                                    minimum: Some(0i64),
                                    maximum: Some(30i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> DeleteRoomComposition<'a> {
        ///Sets `room_composition_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_composition_id` and the rule, and nothing is sent.
        pub fn room_composition_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_composition_id = Ok(v);
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "room_composition_id")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_composition_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomComposition),
                                "room_composition_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> DeleteRoomComposition<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::DeleteRoomComposition;
            let Self { client, violation, room_composition_id } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_composition_id = room_composition_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_composition_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let url = format!(
                "{}/room_compositions/{}", client.baseurl, encode_path(&
                room_composition_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::DELETE, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `DELETE /room_compositions/{room_composition_id}` through the client's call path (validation, auth, retries, tracing) and returns nothing (any 2xx answer, with or without a body).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(self) -> ::std::result::Result<(), crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<(), crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::DeleteRoomComposition,
                    request,
                    bulk,
                )
                .await?;
            let _ = answer;
            Ok(())
        }
        ///Sends `DELETE /room_compositions/{room_composition_id}` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::DeleteRoomComposition,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            Ok(answer.unit())
        }
    }
    impl<'a> GetRoomComposition<'a> {
        ///Sets `room_composition_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_composition_id` and the rule, and nothing is sent.
        pub fn room_composition_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_composition_id = Ok(v);
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "room_composition_id")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_composition_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::GetRoomComposition),
                                "room_composition_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> GetRoomComposition<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::GetRoomComposition;
            let Self { client, violation, room_composition_id } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_composition_id = room_composition_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_composition_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let url = format!(
                "{}/room_compositions/{}", client.baseurl, encode_path(&
                room_composition_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::GET, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `GET /room_compositions/{room_composition_id}` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::RoomComposition`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<types::RoomComposition, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::RoomComposition, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::GetRoomComposition,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::GetRoomCompositionResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `GET /room_compositions/{room_composition_id}` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::GetRoomCompositionResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::GetRoomComposition,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> ListRoomParticipants<'a> {
        ///Sets `filter[context]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[context]` and the rule, and nothing is sent.
        pub fn filter_context<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_context = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[context]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_context = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "filter[context]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Text,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_joined_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_joined_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_joined_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_joined_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_joined_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_joined_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "filter[date_joined_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_joined_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_joined_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_joined_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_joined_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_joined_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_joined_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "filter[date_joined_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_joined_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_joined_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_joined_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_joined_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_joined_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_joined_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "filter[date_joined_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_left_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_left_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_left_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_left_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_left_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_left_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "filter[date_left_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_left_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_left_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_left_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_left_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_left_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_left_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "filter[date_left_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_left_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_left_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_left_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_left_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_left_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_left_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "filter[date_left_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "filter[date_updated_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "filter[date_updated_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "filter[date_updated_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[session_id]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[session_id]` and the rule, and nothing is sent.
        pub fn filter_session_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_session_id = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[session_id]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_session_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "filter[session_id]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[number]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[number]` and the rule, and nothing is sent.
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_number = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[number]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_number = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "page[number]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: None,
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[size]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[size]` and the rule, and nothing is sent.
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_size = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[size]") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_size = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomParticipants),
                                "page[size]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: Some(250i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> ListRoomParticipants<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::ListRoomParticipants;
            let Self {
                client,
                violation,
                filter_context,
                filter_date_joined_at_eq,
                filter_date_joined_at_gte,
                filter_date_joined_at_lte,
                filter_date_left_at_eq,
                filter_date_left_at_gte,
                filter_date_left_at_lte,
                filter_date_updated_at_eq,
                filter_date_updated_at_gte,
                filter_date_updated_at_lte,
                filter_session_id,
                page_number,
                page_size,
            } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let filter_context = filter_context.unwrap_or_default();
            let filter_date_joined_at_eq = filter_date_joined_at_eq.unwrap_or_default();
            let filter_date_joined_at_gte = filter_date_joined_at_gte
                .unwrap_or_default();
            let filter_date_joined_at_lte = filter_date_joined_at_lte
                .unwrap_or_default();
            let filter_date_left_at_eq = filter_date_left_at_eq.unwrap_or_default();
            let filter_date_left_at_gte = filter_date_left_at_gte.unwrap_or_default();
            let filter_date_left_at_lte = filter_date_left_at_lte.unwrap_or_default();
            let filter_date_updated_at_eq = filter_date_updated_at_eq
                .unwrap_or_default();
            let filter_date_updated_at_gte = filter_date_updated_at_gte
                .unwrap_or_default();
            let filter_date_updated_at_lte = filter_date_updated_at_lte
                .unwrap_or_default();
            let filter_session_id = filter_session_id.unwrap_or_default();
            let page_number = page_number.unwrap_or_default();
            let page_size = page_size.unwrap_or_default();
            let url = format!("{}/room_participants", client.baseurl);
            let request = client
                .client
                .request(::reqwest::Method::GET, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[context]",
                        &filter_context,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_joined_at][eq]",
                        &filter_date_joined_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_joined_at][gte]",
                        &filter_date_joined_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_joined_at][lte]",
                        &filter_date_joined_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_left_at][eq]",
                        &filter_date_left_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_left_at][gte]",
                        &filter_date_left_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_left_at][lte]",
                        &filter_date_left_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][eq]",
                        &filter_date_updated_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][gte]",
                        &filter_date_updated_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][lte]",
                        &filter_date_updated_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[session_id]",
                        &filter_session_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page[number]", &page_number))
                .query(&progenitor_client::QueryParam::new("page[size]", &page_size))
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `GET /room_participants` through the client's call path (validation, auth, retries, tracing) and returns one [`Page`](crate::Page) of [`types::RoomParticipant`]; for every page use [`stream`](Self::stream) or [`pages`](Self::pages).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<crate::Page<types::RoomParticipant>, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<crate::Page<types::RoomParticipant>, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListRoomParticipants,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::ListRoomParticipantsResponse = answer.json(client)?;
            Ok(crate::Page {
                items: envelope.data,
                meta: envelope.meta,
            })
        }
        ///Sends `GET /room_participants` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListRoomParticipantsResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListRoomParticipants,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> crate::pagination::sealed::Sealed for ListRoomParticipants<'a> {}
    impl<'a> crate::ListRequest for ListRoomParticipants<'a> {
        type Item = types::RoomParticipant;
        fn pages(self) -> crate::Pages<Self::Item> {
            const OP: crate::Operation = crate::Operation::ListRoomParticipants;
            let Self {
                client,
                violation,
                page_number,
                page_size,
                filter_context,
                filter_date_joined_at_eq,
                filter_date_joined_at_gte,
                filter_date_joined_at_lte,
                filter_date_left_at_eq,
                filter_date_left_at_gte,
                filter_date_left_at_lte,
                filter_date_updated_at_eq,
                filter_date_updated_at_gte,
                filter_date_updated_at_lte,
                filter_session_id,
            } = self;
            let invalid = crate::Error::InvalidInput;
            let paging = match violation {
                Some(v) => Err(invalid(v)),
                None => {
                    crate::validate::page_param(
                            OP,
                            "page[number]",
                            page_number.unwrap_or_default(),
                        )
                        .and_then(|number| {
                            let size = crate::validate::page_param(
                                OP,
                                "page[size]",
                                page_size.unwrap_or_default(),
                            )?;
                            Ok(crate::pagination::Paging {
                                number,
                                size,
                            })
                        })
                        .map_err(invalid)
                }
            };
            let client = client.clone();
            crate::Pages::new(
                paging,
                move |number, size| {
                    let client = client.clone();
                    let filter_context = filter_context.clone();
                    let filter_date_joined_at_eq = filter_date_joined_at_eq.clone();
                    let filter_date_joined_at_gte = filter_date_joined_at_gte.clone();
                    let filter_date_joined_at_lte = filter_date_joined_at_lte.clone();
                    let filter_date_left_at_eq = filter_date_left_at_eq.clone();
                    let filter_date_left_at_gte = filter_date_left_at_gte.clone();
                    let filter_date_left_at_lte = filter_date_left_at_lte.clone();
                    let filter_date_updated_at_eq = filter_date_updated_at_eq.clone();
                    let filter_date_updated_at_gte = filter_date_updated_at_gte.clone();
                    let filter_date_updated_at_lte = filter_date_updated_at_lte.clone();
                    let filter_session_id = filter_session_id.clone();
                    Box::pin(async move {
                        ListRoomParticipants {
                            client: &client,
                            violation: None,
                            page_number: Ok(None),
                            page_size: Ok(None),
                            filter_context,
                            filter_date_joined_at_eq,
                            filter_date_joined_at_gte,
                            filter_date_joined_at_lte,
                            filter_date_left_at_eq,
                            filter_date_left_at_gte,
                            filter_date_left_at_lte,
                            filter_date_updated_at_eq,
                            filter_date_updated_at_gte,
                            filter_date_updated_at_lte,
                            filter_session_id,
                        }
                            .page_number(number.get())
                            .page_size(size.get())
                            .execute()
                            .await
                    })
                },
            )
        }
    }
    impl<'a> ListRoomParticipants<'a> {
        /// Every item of every page, lazily: see [`crate::pagination`] for what is
        /// guaranteed. The stream owns a clone of the client: it is `Send + 'static`.
        pub fn stream(
            self,
        ) -> crate::pagination::Items<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::stream(self)
        }
        /// Every page with its `meta`, lazily: see [`crate::pagination`]. The stream owns a
        /// clone of the client: it is `Send + 'static`.
        pub fn pages(
            self,
        ) -> crate::pagination::Pages<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::pages(self)
        }
    }
    impl<'a> GetRoomParticipant<'a> {
        ///Sets `room_participant_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_participant_id` and the rule, and nothing is sent.
        pub fn room_participant_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_participant_id = Ok(v);
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "room_participant_id")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_participant_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::GetRoomParticipant),
                                "room_participant_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> GetRoomParticipant<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::GetRoomParticipant;
            let Self { client, violation, room_participant_id } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_participant_id = room_participant_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_participant_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let url = format!(
                "{}/room_participants/{}", client.baseurl, encode_path(&
                room_participant_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::GET, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `GET /room_participants/{room_participant_id}` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::RoomParticipant`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<types::RoomParticipant, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::RoomParticipant, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::GetRoomParticipant,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::GetRoomParticipantResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `GET /room_participants/{room_participant_id}` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::GetRoomParticipantResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::GetRoomParticipant,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> DeleteRoomRecordings<'a> {
        ///Sets `filter[date_ended_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_ended_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_ended_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_ended_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_ended_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_ended_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "filter[date_ended_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_ended_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_ended_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_ended_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_ended_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_ended_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_ended_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "filter[date_ended_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_ended_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_ended_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_ended_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_ended_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_ended_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_ended_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "filter[date_ended_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_started_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_started_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_started_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_started_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_started_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_started_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "filter[date_started_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_started_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_started_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_started_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_started_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_started_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_started_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "filter[date_started_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_started_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_started_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_started_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_started_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_started_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_started_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "filter[date_started_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[duration_secs]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[duration_secs]` and the rule, and nothing is sent.
        pub fn filter_duration_secs<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_duration_secs = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[duration_secs]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_duration_secs = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "filter[duration_secs]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: None,
                                    maximum: None,
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[participant_id]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[participant_id]` and the rule, and nothing is sent.
        pub fn filter_participant_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_participant_id = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[participant_id]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_participant_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "filter[participant_id]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[room_id]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[room_id]` and the rule, and nothing is sent.
        pub fn filter_room_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_room_id = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[room_id]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_room_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "filter[room_id]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[session_id]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[session_id]` and the rule, and nothing is sent.
        pub fn filter_session_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_session_id = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[session_id]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_session_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "filter[session_id]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[status]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[status]` and the rule, and nothing is sent.
        pub fn filter_status<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_status = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[status]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_status = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "filter[status]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Text,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[type]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[type]` and the rule, and nothing is sent.
        pub fn filter_type<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_type = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "filter[type]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_type = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "filter[type]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Text,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[number]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[number]` and the rule, and nothing is sent.
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_number = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[number]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_number = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "page[number]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: None,
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[size]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[size]` and the rule, and nothing is sent.
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_size = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[size]") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_size = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecordings),
                                "page[size]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: Some(250i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> DeleteRoomRecordings<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::DeleteRoomRecordings;
            let Self {
                client,
                violation,
                filter_date_ended_at_eq,
                filter_date_ended_at_gte,
                filter_date_ended_at_lte,
                filter_date_started_at_eq,
                filter_date_started_at_gte,
                filter_date_started_at_lte,
                filter_duration_secs,
                filter_participant_id,
                filter_room_id,
                filter_session_id,
                filter_status,
                filter_type,
                page_number,
                page_size,
            } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let filter_date_ended_at_eq = filter_date_ended_at_eq.unwrap_or_default();
            let filter_date_ended_at_gte = filter_date_ended_at_gte.unwrap_or_default();
            let filter_date_ended_at_lte = filter_date_ended_at_lte.unwrap_or_default();
            let filter_date_started_at_eq = filter_date_started_at_eq
                .unwrap_or_default();
            let filter_date_started_at_gte = filter_date_started_at_gte
                .unwrap_or_default();
            let filter_date_started_at_lte = filter_date_started_at_lte
                .unwrap_or_default();
            let filter_duration_secs = filter_duration_secs.unwrap_or_default();
            let filter_participant_id = filter_participant_id.unwrap_or_default();
            let filter_room_id = filter_room_id.unwrap_or_default();
            let filter_session_id = filter_session_id.unwrap_or_default();
            let filter_status = filter_status.unwrap_or_default();
            let filter_type = filter_type.unwrap_or_default();
            let page_number = page_number.unwrap_or_default();
            let page_size = page_size.unwrap_or_default();
            let url = format!("{}/room_recordings", client.baseurl);
            let request = client
                .client
                .request(::reqwest::Method::DELETE, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_ended_at][eq]",
                        &filter_date_ended_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_ended_at][gte]",
                        &filter_date_ended_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_ended_at][lte]",
                        &filter_date_ended_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_started_at][eq]",
                        &filter_date_started_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_started_at][gte]",
                        &filter_date_started_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_started_at][lte]",
                        &filter_date_started_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[duration_secs]",
                        &filter_duration_secs,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[participant_id]",
                        &filter_participant_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[room_id]",
                        &filter_room_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[session_id]",
                        &filter_session_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("filter[status]", &filter_status),
                )
                .query(&progenitor_client::QueryParam::new("filter[type]", &filter_type))
                .query(&progenitor_client::QueryParam::new("page[number]", &page_number))
                .query(&progenitor_client::QueryParam::new("page[size]", &page_size))
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `DELETE /room_recordings` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::DeleteRoomRecordingsResponseData`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<
            types::DeleteRoomRecordingsResponseData,
            crate::Error,
        > {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<
            types::DeleteRoomRecordingsResponseData,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::DeleteRoomRecordings,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::DeleteRoomRecordingsResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `DELETE /room_recordings` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::DeleteRoomRecordingsResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::DeleteRoomRecordings,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> ListRoomRecordings<'a> {
        ///Sets `filter[date_ended_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_ended_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_ended_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_ended_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_ended_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_ended_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "filter[date_ended_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_ended_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_ended_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_ended_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_ended_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_ended_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_ended_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "filter[date_ended_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_ended_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_ended_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_ended_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_ended_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_ended_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_ended_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "filter[date_ended_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_started_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_started_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_started_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_started_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_started_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_started_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "filter[date_started_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_started_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_started_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_started_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_started_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_started_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_started_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "filter[date_started_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_started_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_started_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_started_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_started_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_started_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_started_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "filter[date_started_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[duration_secs]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[duration_secs]` and the rule, and nothing is sent.
        pub fn filter_duration_secs<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_duration_secs = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[duration_secs]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_duration_secs = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "filter[duration_secs]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: None,
                                    maximum: None,
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[participant_id]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[participant_id]` and the rule, and nothing is sent.
        pub fn filter_participant_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_participant_id = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[participant_id]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_participant_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "filter[participant_id]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[room_id]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[room_id]` and the rule, and nothing is sent.
        pub fn filter_room_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_room_id = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[room_id]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_room_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "filter[room_id]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[session_id]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[session_id]` and the rule, and nothing is sent.
        pub fn filter_session_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_session_id = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[session_id]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_session_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "filter[session_id]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[status]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[status]` and the rule, and nothing is sent.
        pub fn filter_status<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_status = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[status]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_status = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "filter[status]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Text,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[type]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[type]` and the rule, and nothing is sent.
        pub fn filter_type<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_type = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "filter[type]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_type = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "filter[type]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Text,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[number]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[number]` and the rule, and nothing is sent.
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_number = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[number]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_number = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "page[number]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: None,
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[size]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[size]` and the rule, and nothing is sent.
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_size = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[size]") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_size = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomRecordings),
                                "page[size]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: Some(250i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> ListRoomRecordings<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::ListRoomRecordings;
            let Self {
                client,
                violation,
                filter_date_ended_at_eq,
                filter_date_ended_at_gte,
                filter_date_ended_at_lte,
                filter_date_started_at_eq,
                filter_date_started_at_gte,
                filter_date_started_at_lte,
                filter_duration_secs,
                filter_participant_id,
                filter_room_id,
                filter_session_id,
                filter_status,
                filter_type,
                page_number,
                page_size,
            } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let filter_date_ended_at_eq = filter_date_ended_at_eq.unwrap_or_default();
            let filter_date_ended_at_gte = filter_date_ended_at_gte.unwrap_or_default();
            let filter_date_ended_at_lte = filter_date_ended_at_lte.unwrap_or_default();
            let filter_date_started_at_eq = filter_date_started_at_eq
                .unwrap_or_default();
            let filter_date_started_at_gte = filter_date_started_at_gte
                .unwrap_or_default();
            let filter_date_started_at_lte = filter_date_started_at_lte
                .unwrap_or_default();
            let filter_duration_secs = filter_duration_secs.unwrap_or_default();
            let filter_participant_id = filter_participant_id.unwrap_or_default();
            let filter_room_id = filter_room_id.unwrap_or_default();
            let filter_session_id = filter_session_id.unwrap_or_default();
            let filter_status = filter_status.unwrap_or_default();
            let filter_type = filter_type.unwrap_or_default();
            let page_number = page_number.unwrap_or_default();
            let page_size = page_size.unwrap_or_default();
            let url = format!("{}/room_recordings", client.baseurl);
            let request = client
                .client
                .request(::reqwest::Method::GET, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_ended_at][eq]",
                        &filter_date_ended_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_ended_at][gte]",
                        &filter_date_ended_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_ended_at][lte]",
                        &filter_date_ended_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_started_at][eq]",
                        &filter_date_started_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_started_at][gte]",
                        &filter_date_started_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_started_at][lte]",
                        &filter_date_started_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[duration_secs]",
                        &filter_duration_secs,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[participant_id]",
                        &filter_participant_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[room_id]",
                        &filter_room_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[session_id]",
                        &filter_session_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("filter[status]", &filter_status),
                )
                .query(&progenitor_client::QueryParam::new("filter[type]", &filter_type))
                .query(&progenitor_client::QueryParam::new("page[number]", &page_number))
                .query(&progenitor_client::QueryParam::new("page[size]", &page_size))
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `GET /room_recordings` through the client's call path (validation, auth, retries, tracing) and returns one [`Page`](crate::Page) of [`types::RoomRecording`]; for every page use [`stream`](Self::stream) or [`pages`](Self::pages).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<crate::Page<types::RoomRecording>, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<crate::Page<types::RoomRecording>, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListRoomRecordings,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::ListRoomRecordingsResponse = answer.json(client)?;
            Ok(crate::Page {
                items: envelope.data,
                meta: envelope.meta,
            })
        }
        ///Sends `GET /room_recordings` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListRoomRecordingsResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListRoomRecordings,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> crate::pagination::sealed::Sealed for ListRoomRecordings<'a> {}
    impl<'a> crate::ListRequest for ListRoomRecordings<'a> {
        type Item = types::RoomRecording;
        fn pages(self) -> crate::Pages<Self::Item> {
            const OP: crate::Operation = crate::Operation::ListRoomRecordings;
            let Self {
                client,
                violation,
                page_number,
                page_size,
                filter_date_ended_at_eq,
                filter_date_ended_at_gte,
                filter_date_ended_at_lte,
                filter_date_started_at_eq,
                filter_date_started_at_gte,
                filter_date_started_at_lte,
                filter_duration_secs,
                filter_participant_id,
                filter_room_id,
                filter_session_id,
                filter_status,
                filter_type,
            } = self;
            let invalid = crate::Error::InvalidInput;
            let paging = match violation {
                Some(v) => Err(invalid(v)),
                None => {
                    crate::validate::page_param(
                            OP,
                            "page[number]",
                            page_number.unwrap_or_default(),
                        )
                        .and_then(|number| {
                            let size = crate::validate::page_param(
                                OP,
                                "page[size]",
                                page_size.unwrap_or_default(),
                            )?;
                            Ok(crate::pagination::Paging {
                                number,
                                size,
                            })
                        })
                        .map_err(invalid)
                }
            };
            let client = client.clone();
            crate::Pages::new(
                paging,
                move |number, size| {
                    let client = client.clone();
                    let filter_date_ended_at_eq = filter_date_ended_at_eq.clone();
                    let filter_date_ended_at_gte = filter_date_ended_at_gte.clone();
                    let filter_date_ended_at_lte = filter_date_ended_at_lte.clone();
                    let filter_date_started_at_eq = filter_date_started_at_eq.clone();
                    let filter_date_started_at_gte = filter_date_started_at_gte.clone();
                    let filter_date_started_at_lte = filter_date_started_at_lte.clone();
                    let filter_duration_secs = filter_duration_secs.clone();
                    let filter_participant_id = filter_participant_id.clone();
                    let filter_room_id = filter_room_id.clone();
                    let filter_session_id = filter_session_id.clone();
                    let filter_status = filter_status.clone();
                    let filter_type = filter_type.clone();
                    Box::pin(async move {
                        ListRoomRecordings {
                            client: &client,
                            violation: None,
                            page_number: Ok(None),
                            page_size: Ok(None),
                            filter_date_ended_at_eq,
                            filter_date_ended_at_gte,
                            filter_date_ended_at_lte,
                            filter_date_started_at_eq,
                            filter_date_started_at_gte,
                            filter_date_started_at_lte,
                            filter_duration_secs,
                            filter_participant_id,
                            filter_room_id,
                            filter_session_id,
                            filter_status,
                            filter_type,
                        }
                            .page_number(number.get())
                            .page_size(size.get())
                            .execute()
                            .await
                    })
                },
            )
        }
    }
    impl<'a> ListRoomRecordings<'a> {
        /// Every item of every page, lazily: see [`crate::pagination`] for what is
        /// guaranteed. The stream owns a clone of the client: it is `Send + 'static`.
        pub fn stream(
            self,
        ) -> crate::pagination::Items<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::stream(self)
        }
        /// Every page with its `meta`, lazily: see [`crate::pagination`]. The stream owns a
        /// clone of the client: it is `Send + 'static`.
        pub fn pages(
            self,
        ) -> crate::pagination::Pages<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::pages(self)
        }
    }
    impl<'a> DeleteRoomRecording<'a> {
        ///Sets `room_recording_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_recording_id` and the rule, and nothing is sent.
        pub fn room_recording_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_recording_id = Ok(v);
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "room_recording_id")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_recording_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoomRecording),
                                "room_recording_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> DeleteRoomRecording<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::DeleteRoomRecording;
            let Self { client, violation, room_recording_id } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_recording_id = room_recording_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_recording_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let url = format!(
                "{}/room_recordings/{}", client.baseurl, encode_path(& room_recording_id
                .to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::DELETE, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `DELETE /room_recordings/{room_recording_id}` through the client's call path (validation, auth, retries, tracing) and returns nothing (any 2xx answer, with or without a body).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(self) -> ::std::result::Result<(), crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<(), crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::DeleteRoomRecording,
                    request,
                    bulk,
                )
                .await?;
            let _ = answer;
            Ok(())
        }
        ///Sends `DELETE /room_recordings/{room_recording_id}` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::DeleteRoomRecording,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            Ok(answer.unit())
        }
    }
    impl<'a> GetRoomRecording<'a> {
        ///Sets `room_recording_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_recording_id` and the rule, and nothing is sent.
        pub fn room_recording_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_recording_id = Ok(v);
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "room_recording_id")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_recording_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::GetRoomRecording),
                                "room_recording_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> GetRoomRecording<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::GetRoomRecording;
            let Self { client, violation, room_recording_id } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_recording_id = room_recording_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_recording_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let url = format!(
                "{}/room_recordings/{}", client.baseurl, encode_path(& room_recording_id
                .to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::GET, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `GET /room_recordings/{room_recording_id}` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::RoomRecording`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<types::RoomRecording, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::RoomRecording, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::GetRoomRecording,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::GetRoomRecordingResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `GET /room_recordings/{room_recording_id}` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::GetRoomRecordingResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::GetRoomRecording,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> ListRoomSessions<'a> {
        ///Sets `filter[active]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[active]` and the rule, and nothing is sent.
        pub fn filter_active<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<bool>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_active = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[active]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_active = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "filter[active]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Boolean,
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_created_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_created_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_created_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_created_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_created_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_created_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "filter[date_created_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_created_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_created_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_created_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_created_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_created_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_created_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "filter[date_created_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_created_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_created_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_created_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_created_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_created_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_created_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "filter[date_created_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_ended_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_ended_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_ended_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_ended_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_ended_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_ended_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "filter[date_ended_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_ended_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_ended_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_ended_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_ended_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_ended_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_ended_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "filter[date_ended_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_ended_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_ended_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_ended_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_ended_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_ended_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_ended_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "filter[date_ended_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "filter[date_updated_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "filter[date_updated_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "filter[date_updated_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[room_id]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[room_id]` and the rule, and nothing is sent.
        pub fn filter_room_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_room_id = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[room_id]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_room_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "filter[room_id]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `include_participants` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `include_participants` and the rule, and nothing is sent.
        pub fn include_participants<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<bool>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.include_participants = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "include_participants")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.include_participants = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "include_participants",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Boolean,
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[number]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[number]` and the rule, and nothing is sent.
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_number = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[number]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_number = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "page[number]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: None,
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[size]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[size]` and the rule, and nothing is sent.
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_size = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[size]") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_size = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRoomSessions),
                                "page[size]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: Some(250i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> ListRoomSessions<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::ListRoomSessions;
            let Self {
                client,
                violation,
                filter_active,
                filter_date_created_at_eq,
                filter_date_created_at_gte,
                filter_date_created_at_lte,
                filter_date_ended_at_eq,
                filter_date_ended_at_gte,
                filter_date_ended_at_lte,
                filter_date_updated_at_eq,
                filter_date_updated_at_gte,
                filter_date_updated_at_lte,
                filter_room_id,
                include_participants,
                page_number,
                page_size,
            } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let filter_active = filter_active.unwrap_or_default();
            let filter_date_created_at_eq = filter_date_created_at_eq
                .unwrap_or_default();
            let filter_date_created_at_gte = filter_date_created_at_gte
                .unwrap_or_default();
            let filter_date_created_at_lte = filter_date_created_at_lte
                .unwrap_or_default();
            let filter_date_ended_at_eq = filter_date_ended_at_eq.unwrap_or_default();
            let filter_date_ended_at_gte = filter_date_ended_at_gte.unwrap_or_default();
            let filter_date_ended_at_lte = filter_date_ended_at_lte.unwrap_or_default();
            let filter_date_updated_at_eq = filter_date_updated_at_eq
                .unwrap_or_default();
            let filter_date_updated_at_gte = filter_date_updated_at_gte
                .unwrap_or_default();
            let filter_date_updated_at_lte = filter_date_updated_at_lte
                .unwrap_or_default();
            let filter_room_id = filter_room_id.unwrap_or_default();
            let include_participants = include_participants.unwrap_or_default();
            let page_number = page_number.unwrap_or_default();
            let page_size = page_size.unwrap_or_default();
            let url = format!("{}/room_sessions", client.baseurl);
            let request = client
                .client
                .request(::reqwest::Method::GET, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("filter[active]", &filter_active),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_created_at][eq]",
                        &filter_date_created_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_created_at][gte]",
                        &filter_date_created_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_created_at][lte]",
                        &filter_date_created_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_ended_at][eq]",
                        &filter_date_ended_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_ended_at][gte]",
                        &filter_date_ended_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_ended_at][lte]",
                        &filter_date_ended_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][eq]",
                        &filter_date_updated_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][gte]",
                        &filter_date_updated_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][lte]",
                        &filter_date_updated_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[room_id]",
                        &filter_room_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "include_participants",
                        &include_participants,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page[number]", &page_number))
                .query(&progenitor_client::QueryParam::new("page[size]", &page_size))
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `GET /room_sessions` through the client's call path (validation, auth, retries, tracing) and returns one [`Page`](crate::Page) of [`types::RoomSession`]; for every page use [`stream`](Self::stream) or [`pages`](Self::pages).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<crate::Page<types::RoomSession>, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<crate::Page<types::RoomSession>, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListRoomSessions,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::ListRoomSessionsResponse = answer.json(client)?;
            Ok(crate::Page {
                items: envelope.data,
                meta: envelope.meta,
            })
        }
        ///Sends `GET /room_sessions` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListRoomSessionsResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListRoomSessions,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> crate::pagination::sealed::Sealed for ListRoomSessions<'a> {}
    impl<'a> crate::ListRequest for ListRoomSessions<'a> {
        type Item = types::RoomSession;
        fn pages(self) -> crate::Pages<Self::Item> {
            const OP: crate::Operation = crate::Operation::ListRoomSessions;
            let Self {
                client,
                violation,
                page_number,
                page_size,
                filter_active,
                filter_date_created_at_eq,
                filter_date_created_at_gte,
                filter_date_created_at_lte,
                filter_date_ended_at_eq,
                filter_date_ended_at_gte,
                filter_date_ended_at_lte,
                filter_date_updated_at_eq,
                filter_date_updated_at_gte,
                filter_date_updated_at_lte,
                filter_room_id,
                include_participants,
            } = self;
            let invalid = crate::Error::InvalidInput;
            let paging = match violation {
                Some(v) => Err(invalid(v)),
                None => {
                    crate::validate::page_param(
                            OP,
                            "page[number]",
                            page_number.unwrap_or_default(),
                        )
                        .and_then(|number| {
                            let size = crate::validate::page_param(
                                OP,
                                "page[size]",
                                page_size.unwrap_or_default(),
                            )?;
                            Ok(crate::pagination::Paging {
                                number,
                                size,
                            })
                        })
                        .map_err(invalid)
                }
            };
            let client = client.clone();
            crate::Pages::new(
                paging,
                move |number, size| {
                    let client = client.clone();
                    let filter_active = filter_active.clone();
                    let filter_date_created_at_eq = filter_date_created_at_eq.clone();
                    let filter_date_created_at_gte = filter_date_created_at_gte.clone();
                    let filter_date_created_at_lte = filter_date_created_at_lte.clone();
                    let filter_date_ended_at_eq = filter_date_ended_at_eq.clone();
                    let filter_date_ended_at_gte = filter_date_ended_at_gte.clone();
                    let filter_date_ended_at_lte = filter_date_ended_at_lte.clone();
                    let filter_date_updated_at_eq = filter_date_updated_at_eq.clone();
                    let filter_date_updated_at_gte = filter_date_updated_at_gte.clone();
                    let filter_date_updated_at_lte = filter_date_updated_at_lte.clone();
                    let filter_room_id = filter_room_id.clone();
                    let include_participants = include_participants.clone();
                    Box::pin(async move {
                        ListRoomSessions {
                            client: &client,
                            violation: None,
                            page_number: Ok(None),
                            page_size: Ok(None),
                            filter_active,
                            filter_date_created_at_eq,
                            filter_date_created_at_gte,
                            filter_date_created_at_lte,
                            filter_date_ended_at_eq,
                            filter_date_ended_at_gte,
                            filter_date_ended_at_lte,
                            filter_date_updated_at_eq,
                            filter_date_updated_at_gte,
                            filter_date_updated_at_lte,
                            filter_room_id,
                            include_participants,
                        }
                            .page_number(number.get())
                            .page_size(size.get())
                            .execute()
                            .await
                    })
                },
            )
        }
    }
    impl<'a> ListRoomSessions<'a> {
        /// Every item of every page, lazily: see [`crate::pagination`] for what is
        /// guaranteed. The stream owns a clone of the client: it is `Send + 'static`.
        pub fn stream(
            self,
        ) -> crate::pagination::Items<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::stream(self)
        }
        /// Every page with its `meta`, lazily: see [`crate::pagination`]. The stream owns a
        /// clone of the client: it is `Send + 'static`.
        pub fn pages(
            self,
        ) -> crate::pagination::Pages<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::pages(self)
        }
    }
    impl<'a> GetRoomSession<'a> {
        ///Sets `room_session_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_session_id` and the rule, and nothing is sent.
        pub fn room_session_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_session_id = Ok(v);
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "room_session_id")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_session_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::GetRoomSession),
                                "room_session_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `include_participants` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `include_participants` and the rule, and nothing is sent.
        pub fn include_participants<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<bool>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.include_participants = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "include_participants")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.include_participants = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::GetRoomSession),
                                "include_participants",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Boolean,
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> GetRoomSession<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::GetRoomSession;
            let Self { client, violation, room_session_id, include_participants } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_session_id = room_session_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_session_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let include_participants = include_participants.unwrap_or_default();
            let url = format!(
                "{}/room_sessions/{}", client.baseurl, encode_path(& room_session_id
                .to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::GET, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "include_participants",
                        &include_participants,
                    ),
                )
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `GET /room_sessions/{room_session_id}` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::RoomSession`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<types::RoomSession, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::RoomSession, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::GetRoomSession,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::GetRoomSessionResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `GET /room_sessions/{room_session_id}` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::GetRoomSessionResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::GetRoomSession,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> EndRoomSession<'a> {
        ///Sets `room_session_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_session_id` and the rule, and nothing is sent.
        pub fn room_session_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_session_id = Ok(v);
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "room_session_id")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_session_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::EndRoomSession),
                                "room_session_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> EndRoomSession<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::EndRoomSession;
            let Self { client, violation, room_session_id } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_session_id = room_session_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_session_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let url = format!(
                "{}/room_sessions/{}/actions/end", client.baseurl, encode_path(&
                room_session_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::POST, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `POST /room_sessions/{room_session_id}/actions/end` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::EndRoomSessionResponseData`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<types::EndRoomSessionResponseData, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::EndRoomSessionResponseData, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::EndRoomSession,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::EndRoomSessionResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `POST /room_sessions/{room_session_id}/actions/end` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::EndRoomSessionResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::EndRoomSession,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> KickParticipants<'a> {
        ///Sets `room_session_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_session_id` and the rule, and nothing is sent.
        pub fn room_session_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_session_id = Ok(v);
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "room_session_id")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_session_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::KickParticipants),
                                "room_session_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> KickParticipants<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::KickParticipants;
            let Self { client, violation, room_session_id, body } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_session_id = room_session_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_session_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let body = body
                .and_then(|v| {
                    types::ActionsParticipantsRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "body",
                        crate::operation::Location::Body,
                        crate::operation::Expected::Valid,
                    ),
                ))?;
            let url = format!(
                "{}/room_sessions/{}/actions/kick", client.baseurl, encode_path(&
                room_session_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::POST, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `POST /room_sessions/{room_session_id}/actions/kick` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::KickParticipantsResponseData`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<types::KickParticipantsResponseData, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::KickParticipantsResponseData, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::KickParticipants,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::KickParticipantsResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `POST /room_sessions/{room_session_id}/actions/kick` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::KickParticipantsResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::KickParticipants,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> KickParticipants<'a> {
        ///Sets `exclude` in the request body (see [`types::ActionsParticipantsRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn exclude<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.exclude(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "exclude") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::KickParticipants),
                                "exclude",
                                crate::operation::Location::Body,
                                crate::operation::Expected::List,
                            ),
                        );
                }
            }
            self
        }
        ///Sets `participants` in the request body (see [`types::ActionsParticipantsRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn participants<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<types::ActionsParticipantsRequestParticipants>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.participants(Some(v)));
                    if self.violation.as_ref().is_some_and(|v| v.field == "participants")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::KickParticipants),
                                "participants",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Valid,
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> MuteParticipants<'a> {
        ///Sets `room_session_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_session_id` and the rule, and nothing is sent.
        pub fn room_session_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_session_id = Ok(v);
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "room_session_id")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_session_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::MuteParticipants),
                                "room_session_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> MuteParticipants<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::MuteParticipants;
            let Self { client, violation, room_session_id, body } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_session_id = room_session_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_session_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let body = body
                .and_then(|v| {
                    types::ActionsParticipantsRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "body",
                        crate::operation::Location::Body,
                        crate::operation::Expected::Valid,
                    ),
                ))?;
            let url = format!(
                "{}/room_sessions/{}/actions/mute", client.baseurl, encode_path(&
                room_session_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::POST, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `POST /room_sessions/{room_session_id}/actions/mute` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::MuteParticipantsResponseData`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<types::MuteParticipantsResponseData, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::MuteParticipantsResponseData, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::MuteParticipants,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::MuteParticipantsResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `POST /room_sessions/{room_session_id}/actions/mute` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::MuteParticipantsResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::MuteParticipants,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> MuteParticipants<'a> {
        ///Sets `exclude` in the request body (see [`types::ActionsParticipantsRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn exclude<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.exclude(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "exclude") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::MuteParticipants),
                                "exclude",
                                crate::operation::Location::Body,
                                crate::operation::Expected::List,
                            ),
                        );
                }
            }
            self
        }
        ///Sets `participants` in the request body (see [`types::ActionsParticipantsRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn participants<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<types::ActionsParticipantsRequestParticipants>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.participants(Some(v)));
                    if self.violation.as_ref().is_some_and(|v| v.field == "participants")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::MuteParticipants),
                                "participants",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Valid,
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> UnmuteParticipants<'a> {
        ///Sets `room_session_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_session_id` and the rule, and nothing is sent.
        pub fn room_session_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_session_id = Ok(v);
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "room_session_id")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_session_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::UnmuteParticipants),
                                "room_session_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> UnmuteParticipants<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::UnmuteParticipants;
            let Self { client, violation, room_session_id, body } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_session_id = room_session_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_session_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let body = body
                .and_then(|v| {
                    types::ActionsParticipantsRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "body",
                        crate::operation::Location::Body,
                        crate::operation::Expected::Valid,
                    ),
                ))?;
            let url = format!(
                "{}/room_sessions/{}/actions/unmute", client.baseurl, encode_path(&
                room_session_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::POST, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `POST /room_sessions/{room_session_id}/actions/unmute` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::UnmuteParticipantsResponseData`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<types::UnmuteParticipantsResponseData, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::UnmuteParticipantsResponseData, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::UnmuteParticipants,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::UnmuteParticipantsResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `POST /room_sessions/{room_session_id}/actions/unmute` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UnmuteParticipantsResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::UnmuteParticipants,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> UnmuteParticipants<'a> {
        ///Sets `exclude` in the request body (see [`types::ActionsParticipantsRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn exclude<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.exclude(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "exclude") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::UnmuteParticipants),
                                "exclude",
                                crate::operation::Location::Body,
                                crate::operation::Expected::List,
                            ),
                        );
                }
            }
            self
        }
        ///Sets `participants` in the request body (see [`types::ActionsParticipantsRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn participants<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<types::ActionsParticipantsRequestParticipants>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.participants(Some(v)));
                    if self.violation.as_ref().is_some_and(|v| v.field == "participants")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::UnmuteParticipants),
                                "participants",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Valid,
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> ListParticipantsForSession<'a> {
        ///Sets `room_session_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_session_id` and the rule, and nothing is sent.
        pub fn room_session_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_session_id = Ok(v);
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "room_session_id")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_session_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "room_session_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[context]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[context]` and the rule, and nothing is sent.
        pub fn filter_context<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_context = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[context]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_context = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "filter[context]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Text,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_joined_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_joined_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_joined_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_joined_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_joined_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_joined_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "filter[date_joined_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_joined_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_joined_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_joined_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_joined_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_joined_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_joined_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "filter[date_joined_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_joined_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_joined_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_joined_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_joined_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_joined_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_joined_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "filter[date_joined_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_left_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_left_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_left_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_left_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_left_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_left_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "filter[date_left_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_left_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_left_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_left_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_left_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_left_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_left_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "filter[date_left_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_left_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_left_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_left_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_left_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_left_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_left_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "filter[date_left_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "filter[date_updated_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "filter[date_updated_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "filter[date_updated_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[number]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[number]` and the rule, and nothing is sent.
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_number = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[number]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_number = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "page[number]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: None,
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[size]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[size]` and the rule, and nothing is sent.
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_size = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[size]") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_size = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListParticipantsForSession),
                                "page[size]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: Some(250i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> ListParticipantsForSession<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::ListParticipantsForSession;
            let Self {
                client,
                violation,
                room_session_id,
                filter_context,
                filter_date_joined_at_eq,
                filter_date_joined_at_gte,
                filter_date_joined_at_lte,
                filter_date_left_at_eq,
                filter_date_left_at_gte,
                filter_date_left_at_lte,
                filter_date_updated_at_eq,
                filter_date_updated_at_gte,
                filter_date_updated_at_lte,
                page_number,
                page_size,
            } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_session_id = room_session_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_session_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let filter_context = filter_context.unwrap_or_default();
            let filter_date_joined_at_eq = filter_date_joined_at_eq.unwrap_or_default();
            let filter_date_joined_at_gte = filter_date_joined_at_gte
                .unwrap_or_default();
            let filter_date_joined_at_lte = filter_date_joined_at_lte
                .unwrap_or_default();
            let filter_date_left_at_eq = filter_date_left_at_eq.unwrap_or_default();
            let filter_date_left_at_gte = filter_date_left_at_gte.unwrap_or_default();
            let filter_date_left_at_lte = filter_date_left_at_lte.unwrap_or_default();
            let filter_date_updated_at_eq = filter_date_updated_at_eq
                .unwrap_or_default();
            let filter_date_updated_at_gte = filter_date_updated_at_gte
                .unwrap_or_default();
            let filter_date_updated_at_lte = filter_date_updated_at_lte
                .unwrap_or_default();
            let page_number = page_number.unwrap_or_default();
            let page_size = page_size.unwrap_or_default();
            let url = format!(
                "{}/room_sessions/{}/participants", client.baseurl, encode_path(&
                room_session_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::GET, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[context]",
                        &filter_context,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_joined_at][eq]",
                        &filter_date_joined_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_joined_at][gte]",
                        &filter_date_joined_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_joined_at][lte]",
                        &filter_date_joined_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_left_at][eq]",
                        &filter_date_left_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_left_at][gte]",
                        &filter_date_left_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_left_at][lte]",
                        &filter_date_left_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][eq]",
                        &filter_date_updated_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][gte]",
                        &filter_date_updated_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][lte]",
                        &filter_date_updated_at_lte,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page[number]", &page_number))
                .query(&progenitor_client::QueryParam::new("page[size]", &page_size))
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `GET /room_sessions/{room_session_id}/participants` through the client's call path (validation, auth, retries, tracing) and returns one [`Page`](crate::Page) of [`types::RoomParticipant`]; for every page use [`stream`](Self::stream) or [`pages`](Self::pages).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<crate::Page<types::RoomParticipant>, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<crate::Page<types::RoomParticipant>, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListParticipantsForSession,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::ListParticipantsForSessionResponse = answer
                .json(client)?;
            Ok(crate::Page {
                items: envelope.data,
                meta: envelope.meta,
            })
        }
        ///Sends `GET /room_sessions/{room_session_id}/participants` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListParticipantsForSessionResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListParticipantsForSession,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> crate::pagination::sealed::Sealed for ListParticipantsForSession<'a> {}
    impl<'a> crate::ListRequest for ListParticipantsForSession<'a> {
        type Item = types::RoomParticipant;
        fn pages(self) -> crate::Pages<Self::Item> {
            const OP: crate::Operation = crate::Operation::ListParticipantsForSession;
            let Self {
                client,
                violation,
                page_number,
                page_size,
                room_session_id,
                filter_context,
                filter_date_joined_at_eq,
                filter_date_joined_at_gte,
                filter_date_joined_at_lte,
                filter_date_left_at_eq,
                filter_date_left_at_gte,
                filter_date_left_at_lte,
                filter_date_updated_at_eq,
                filter_date_updated_at_gte,
                filter_date_updated_at_lte,
            } = self;
            let invalid = crate::Error::InvalidInput;
            let paging = match violation {
                Some(v) => Err(invalid(v)),
                None => {
                    crate::validate::page_param(
                            OP,
                            "page[number]",
                            page_number.unwrap_or_default(),
                        )
                        .and_then(|number| {
                            let size = crate::validate::page_param(
                                OP,
                                "page[size]",
                                page_size.unwrap_or_default(),
                            )?;
                            Ok(crate::pagination::Paging {
                                number,
                                size,
                            })
                        })
                        .map_err(invalid)
                }
            };
            let client = client.clone();
            crate::Pages::new(
                paging,
                move |number, size| {
                    let client = client.clone();
                    let room_session_id = room_session_id.clone();
                    let filter_context = filter_context.clone();
                    let filter_date_joined_at_eq = filter_date_joined_at_eq.clone();
                    let filter_date_joined_at_gte = filter_date_joined_at_gte.clone();
                    let filter_date_joined_at_lte = filter_date_joined_at_lte.clone();
                    let filter_date_left_at_eq = filter_date_left_at_eq.clone();
                    let filter_date_left_at_gte = filter_date_left_at_gte.clone();
                    let filter_date_left_at_lte = filter_date_left_at_lte.clone();
                    let filter_date_updated_at_eq = filter_date_updated_at_eq.clone();
                    let filter_date_updated_at_gte = filter_date_updated_at_gte.clone();
                    let filter_date_updated_at_lte = filter_date_updated_at_lte.clone();
                    Box::pin(async move {
                        ListParticipantsForSession {
                            client: &client,
                            violation: None,
                            page_number: Ok(None),
                            page_size: Ok(None),
                            room_session_id,
                            filter_context,
                            filter_date_joined_at_eq,
                            filter_date_joined_at_gte,
                            filter_date_joined_at_lte,
                            filter_date_left_at_eq,
                            filter_date_left_at_gte,
                            filter_date_left_at_lte,
                            filter_date_updated_at_eq,
                            filter_date_updated_at_gte,
                            filter_date_updated_at_lte,
                        }
                            .page_number(number.get())
                            .page_size(size.get())
                            .execute()
                            .await
                    })
                },
            )
        }
    }
    impl<'a> ListParticipantsForSession<'a> {
        /// Every item of every page, lazily: see [`crate::pagination`] for what is
        /// guaranteed. The stream owns a clone of the client: it is `Send + 'static`.
        pub fn stream(
            self,
        ) -> crate::pagination::Items<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::stream(self)
        }
        /// Every page with its `meta`, lazily: see [`crate::pagination`]. The stream owns a
        /// clone of the client: it is `Send + 'static`.
        pub fn pages(
            self,
        ) -> crate::pagination::Pages<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::pages(self)
        }
    }
    impl<'a> ListRooms<'a> {
        ///Sets `filter[date_created_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_created_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_created_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_created_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_created_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_created_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRooms),
                                "filter[date_created_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_created_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_created_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_created_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_created_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_created_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_created_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRooms),
                                "filter[date_created_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_created_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_created_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_created_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_created_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_created_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_created_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRooms),
                                "filter[date_created_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRooms),
                                "filter[date_updated_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRooms),
                                "filter[date_updated_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRooms),
                                "filter[date_updated_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[unique_name]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[unique_name]` and the rule, and nothing is sent.
        pub fn filter_unique_name<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_unique_name = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[unique_name]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_unique_name = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRooms),
                                "filter[unique_name]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Text,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `include_sessions` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `include_sessions` and the rule, and nothing is sent.
        pub fn include_sessions<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<bool>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.include_sessions = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "include_sessions")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.include_sessions = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRooms),
                                "include_sessions",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Boolean,
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[number]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[number]` and the rule, and nothing is sent.
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_number = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[number]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_number = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRooms),
                                "page[number]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: None,
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[size]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[size]` and the rule, and nothing is sent.
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_size = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[size]") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_size = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListRooms),
                                "page[size]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: Some(250i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> ListRooms<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::ListRooms;
            let Self {
                client,
                violation,
                filter_date_created_at_eq,
                filter_date_created_at_gte,
                filter_date_created_at_lte,
                filter_date_updated_at_eq,
                filter_date_updated_at_gte,
                filter_date_updated_at_lte,
                filter_unique_name,
                include_sessions,
                page_number,
                page_size,
            } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let filter_date_created_at_eq = filter_date_created_at_eq
                .unwrap_or_default();
            let filter_date_created_at_gte = filter_date_created_at_gte
                .unwrap_or_default();
            let filter_date_created_at_lte = filter_date_created_at_lte
                .unwrap_or_default();
            let filter_date_updated_at_eq = filter_date_updated_at_eq
                .unwrap_or_default();
            let filter_date_updated_at_gte = filter_date_updated_at_gte
                .unwrap_or_default();
            let filter_date_updated_at_lte = filter_date_updated_at_lte
                .unwrap_or_default();
            let filter_unique_name = filter_unique_name.unwrap_or_default();
            let include_sessions = include_sessions.unwrap_or_default();
            let page_number = page_number.unwrap_or_default();
            let page_size = page_size.unwrap_or_default();
            let url = format!("{}/rooms", client.baseurl);
            let request = client
                .client
                .request(::reqwest::Method::GET, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_created_at][eq]",
                        &filter_date_created_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_created_at][gte]",
                        &filter_date_created_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_created_at][lte]",
                        &filter_date_created_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][eq]",
                        &filter_date_updated_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][gte]",
                        &filter_date_updated_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][lte]",
                        &filter_date_updated_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[unique_name]",
                        &filter_unique_name,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "include_sessions",
                        &include_sessions,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page[number]", &page_number))
                .query(&progenitor_client::QueryParam::new("page[size]", &page_size))
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `GET /rooms` through the client's call path (validation, auth, retries, tracing) and returns one [`Page`](crate::Page) of [`types::Room`]; for every page use [`stream`](Self::stream) or [`pages`](Self::pages).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<crate::Page<types::Room>, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<crate::Page<types::Room>, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListRooms,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::ListRoomsResponse = answer.json(client)?;
            Ok(crate::Page {
                items: envelope.data,
                meta: envelope.meta,
            })
        }
        ///Sends `GET /rooms` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListRoomsResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListRooms,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> crate::pagination::sealed::Sealed for ListRooms<'a> {}
    impl<'a> crate::ListRequest for ListRooms<'a> {
        type Item = types::Room;
        fn pages(self) -> crate::Pages<Self::Item> {
            const OP: crate::Operation = crate::Operation::ListRooms;
            let Self {
                client,
                violation,
                page_number,
                page_size,
                filter_date_created_at_eq,
                filter_date_created_at_gte,
                filter_date_created_at_lte,
                filter_date_updated_at_eq,
                filter_date_updated_at_gte,
                filter_date_updated_at_lte,
                filter_unique_name,
                include_sessions,
            } = self;
            let invalid = crate::Error::InvalidInput;
            let paging = match violation {
                Some(v) => Err(invalid(v)),
                None => {
                    crate::validate::page_param(
                            OP,
                            "page[number]",
                            page_number.unwrap_or_default(),
                        )
                        .and_then(|number| {
                            let size = crate::validate::page_param(
                                OP,
                                "page[size]",
                                page_size.unwrap_or_default(),
                            )?;
                            Ok(crate::pagination::Paging {
                                number,
                                size,
                            })
                        })
                        .map_err(invalid)
                }
            };
            let client = client.clone();
            crate::Pages::new(
                paging,
                move |number, size| {
                    let client = client.clone();
                    let filter_date_created_at_eq = filter_date_created_at_eq.clone();
                    let filter_date_created_at_gte = filter_date_created_at_gte.clone();
                    let filter_date_created_at_lte = filter_date_created_at_lte.clone();
                    let filter_date_updated_at_eq = filter_date_updated_at_eq.clone();
                    let filter_date_updated_at_gte = filter_date_updated_at_gte.clone();
                    let filter_date_updated_at_lte = filter_date_updated_at_lte.clone();
                    let filter_unique_name = filter_unique_name.clone();
                    let include_sessions = include_sessions.clone();
                    Box::pin(async move {
                        ListRooms {
                            client: &client,
                            violation: None,
                            page_number: Ok(None),
                            page_size: Ok(None),
                            filter_date_created_at_eq,
                            filter_date_created_at_gte,
                            filter_date_created_at_lte,
                            filter_date_updated_at_eq,
                            filter_date_updated_at_gte,
                            filter_date_updated_at_lte,
                            filter_unique_name,
                            include_sessions,
                        }
                            .page_number(number.get())
                            .page_size(size.get())
                            .execute()
                            .await
                    })
                },
            )
        }
    }
    impl<'a> ListRooms<'a> {
        /// Every item of every page, lazily: see [`crate::pagination`] for what is
        /// guaranteed. The stream owns a clone of the client: it is `Send + 'static`.
        pub fn stream(
            self,
        ) -> crate::pagination::Items<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::stream(self)
        }
        /// Every page with its `meta`, lazily: see [`crate::pagination`]. The stream owns a
        /// clone of the client: it is `Send + 'static`.
        pub fn pages(
            self,
        ) -> crate::pagination::Pages<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::pages(self)
        }
    }
    impl<'a> CreateRoom<'a> {}
    impl<'a> CreateRoom<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::CreateRoom;
            let Self { client, violation, body } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let body = body
                .and_then(|v| {
                    types::CreateRoomRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "body",
                        crate::operation::Location::Body,
                        crate::operation::Expected::Valid,
                    ),
                ))?;
            let url = format!("{}/rooms", client.baseurl);
            let request = client
                .client
                .request(::reqwest::Method::POST, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `POST /rooms` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::Room`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(self) -> ::std::result::Result<types::Room, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::Room, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::CreateRoom,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::CreateRoomResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `POST /rooms` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CreateRoomResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::CreateRoom,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> CreateRoom<'a> {
        ///Sets `enable_recording` in the request body (see [`types::CreateRoomRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn enable_recording<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<bool>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.enable_recording(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "enable_recording")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoom),
                                "enable_recording",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Boolean,
                            ),
                        );
                }
            }
            self
        }
        ///Sets `max_participants` in the request body (see [`types::CreateRoomRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn max_participants<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.max_participants(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "max_participants")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoom),
                                "max_participants",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Integer {
                                    minimum: Some(2i64),
                                    maximum: Some(50i64),
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `unique_name` in the request body (see [`types::CreateRoomRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn unique_name<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.unique_name(Some(v)));
                    if self.violation.as_ref().is_some_and(|v| v.field == "unique_name")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoom),
                                "unique_name",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Text,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `webhook_event_failover_url` in the request body (see [`types::CreateRoomRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn webhook_event_failover_url<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.webhook_event_failover_url(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "webhook_event_failover_url")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoom),
                                "webhook_event_failover_url",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uri,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `webhook_event_url` in the request body (see [`types::CreateRoomRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn webhook_event_url<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.webhook_event_url(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "webhook_event_url")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoom),
                                "webhook_event_url",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uri,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `webhook_timeout_secs` in the request body (see [`types::CreateRoomRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn webhook_timeout_secs<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.webhook_timeout_secs(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "webhook_timeout_secs")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateRoom),
                                "webhook_timeout_secs",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Integer {
                                    minimum: Some(0i64),
                                    maximum: Some(30i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> DeleteRoom<'a> {
        ///Sets `room_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_id` and the rule, and nothing is sent.
        pub fn room_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_id = Ok(v);
                    if self.violation.as_ref().is_some_and(|v| v.field == "room_id") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::DeleteRoom),
                                "room_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> DeleteRoom<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::DeleteRoom;
            let Self { client, violation, room_id } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_id = room_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let url = format!(
                "{}/rooms/{}", client.baseurl, encode_path(& room_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::DELETE, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `DELETE /rooms/{room_id}` through the client's call path (validation, auth, retries, tracing) and returns nothing (any 2xx answer, with or without a body).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(self) -> ::std::result::Result<(), crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<(), crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::DeleteRoom,
                    request,
                    bulk,
                )
                .await?;
            let _ = answer;
            Ok(())
        }
        ///Sends `DELETE /rooms/{room_id}` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::DeleteRoom,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            Ok(answer.unit())
        }
    }
    impl<'a> GetRoom<'a> {
        ///Sets `room_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_id` and the rule, and nothing is sent.
        pub fn room_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_id = Ok(v);
                    if self.violation.as_ref().is_some_and(|v| v.field == "room_id") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::GetRoom),
                                "room_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `include_sessions` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `include_sessions` and the rule, and nothing is sent.
        pub fn include_sessions<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<bool>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.include_sessions = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "include_sessions")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.include_sessions = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::GetRoom),
                                "include_sessions",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Boolean,
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> GetRoom<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::GetRoom;
            let Self { client, violation, room_id, include_sessions } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_id = room_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let include_sessions = include_sessions.unwrap_or_default();
            let url = format!(
                "{}/rooms/{}", client.baseurl, encode_path(& room_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::GET, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "include_sessions",
                        &include_sessions,
                    ),
                )
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `GET /rooms/{room_id}` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::Room`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(self) -> ::std::result::Result<types::Room, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::Room, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::GetRoom,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::GetRoomResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `GET /rooms/{room_id}` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::GetRoomResponse>, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::GetRoom,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> UpdateRoom<'a> {
        ///Sets `room_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_id` and the rule, and nothing is sent.
        pub fn room_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_id = Ok(v);
                    if self.violation.as_ref().is_some_and(|v| v.field == "room_id") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::UpdateRoom),
                                "room_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> UpdateRoom<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::UpdateRoom;
            let Self { client, violation, room_id, body } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_id = room_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let body = body
                .and_then(|v| {
                    types::PatchRoomRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "body",
                        crate::operation::Location::Body,
                        crate::operation::Expected::Valid,
                    ),
                ))?;
            let url = format!(
                "{}/rooms/{}", client.baseurl, encode_path(& room_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::PATCH, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `PATCH /rooms/{room_id}` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::Room`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(self) -> ::std::result::Result<types::Room, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::Room, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::UpdateRoom,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::UpdateRoomResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `PATCH /rooms/{room_id}` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UpdateRoomResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::UpdateRoom,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> UpdateRoom<'a> {
        ///Sets `enable_recording` in the request body (see [`types::PatchRoomRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn enable_recording<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<bool>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.enable_recording(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "enable_recording")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::UpdateRoom),
                                "enable_recording",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Boolean,
                            ),
                        );
                }
            }
            self
        }
        ///Sets `max_participants` in the request body (see [`types::PatchRoomRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn max_participants<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.max_participants(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "max_participants")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::UpdateRoom),
                                "max_participants",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Integer {
                                    minimum: Some(2i64),
                                    maximum: Some(50i64),
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `unique_name` in the request body (see [`types::PatchRoomRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn unique_name<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.unique_name(Some(v)));
                    if self.violation.as_ref().is_some_and(|v| v.field == "unique_name")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::UpdateRoom),
                                "unique_name",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Text,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `webhook_event_failover_url` in the request body (see [`types::PatchRoomRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn webhook_event_failover_url<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.webhook_event_failover_url(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "webhook_event_failover_url")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::UpdateRoom),
                                "webhook_event_failover_url",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uri,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `webhook_event_url` in the request body (see [`types::PatchRoomRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn webhook_event_url<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.webhook_event_url(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "webhook_event_url")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::UpdateRoom),
                                "webhook_event_url",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uri,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `webhook_timeout_secs` in the request body (see [`types::PatchRoomRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn webhook_timeout_secs<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.webhook_timeout_secs(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "webhook_timeout_secs")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::UpdateRoom),
                                "webhook_timeout_secs",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Integer {
                                    minimum: Some(0i64),
                                    maximum: Some(30i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> CreateClientToken<'a> {
        ///Sets `room_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_id` and the rule, and nothing is sent.
        pub fn room_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_id = Ok(v);
                    if self.violation.as_ref().is_some_and(|v| v.field == "room_id") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateClientToken),
                                "room_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> CreateClientToken<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::CreateClientToken;
            let Self { client, violation, room_id, body } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_id = room_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let body = body
                .and_then(|v| {
                    types::CreateRoomClientTokenRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "body",
                        crate::operation::Location::Body,
                        crate::operation::Expected::Valid,
                    ),
                ))?;
            let url = format!(
                "{}/rooms/{}/actions/generate_join_client_token", client.baseurl,
                encode_path(& room_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::POST, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `POST /rooms/{room_id}/actions/generate_join_client_token` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::CreateClientTokenResponseData`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<types::CreateClientTokenResponseData, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::CreateClientTokenResponseData, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::CreateClientToken,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::CreateClientTokenResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `POST /rooms/{room_id}/actions/generate_join_client_token` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CreateClientTokenResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::CreateClientToken,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> CreateClientToken<'a> {
        ///Sets `refresh_token_ttl_secs` in the request body (see [`types::CreateRoomClientTokenRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn refresh_token_ttl_secs<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.refresh_token_ttl_secs(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "refresh_token_ttl_secs")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateClientToken),
                                "refresh_token_ttl_secs",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Integer {
                                    minimum: Some(60i64),
                                    maximum: Some(86400i64),
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `token_ttl_secs` in the request body (see [`types::CreateRoomClientTokenRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn token_ttl_secs<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.token_ttl_secs(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "token_ttl_secs")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::CreateClientToken),
                                "token_ttl_secs",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Integer {
                                    minimum: Some(10i64),
                                    maximum: Some(3600i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> RefreshClientToken<'a> {
        ///Sets `room_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_id` and the rule, and nothing is sent.
        pub fn room_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_id = Ok(v);
                    if self.violation.as_ref().is_some_and(|v| v.field == "room_id") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::RefreshClientToken),
                                "room_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> RefreshClientToken<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::RefreshClientToken;
            let Self { client, violation, room_id, body } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_id = room_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let body = body
                .and_then(|v| {
                    types::RefreshRoomClientTokenRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "refresh_token",
                        crate::operation::Location::Body,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let url = format!(
                "{}/rooms/{}/actions/refresh_client_token", client.baseurl, encode_path(&
                room_id.to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::POST, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `POST /rooms/{room_id}/actions/refresh_client_token` through the client's call path (validation, auth, retries, tracing) and returns the answer's `data` ([`types::RefreshClientTokenResponseData`]).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<types::RefreshClientTokenResponseData, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<types::RefreshClientTokenResponseData, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::RefreshClientToken,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::RefreshClientTokenResponse = answer.json(client)?;
            Ok(envelope.data)
        }
        ///Sends `POST /rooms/{room_id}/actions/refresh_client_token` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::RefreshClientTokenResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::RefreshClientToken,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> RefreshClientToken<'a> {
        ///Sets `refresh_token` in the request body (see [`types::RefreshRoomClientTokenRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn refresh_token<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.refresh_token(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "refresh_token")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::RefreshClientToken),
                                "refresh_token",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Text,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `token_ttl_secs` in the request body (see [`types::RefreshRoomClientTokenRequest`]). Takes anything that converts into the field's type; a conversion that fails is returned by [`execute`](Self::execute), naming the field, and nothing is sent.
        pub fn token_ttl_secs<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.body = self.body.map(|b| b.token_ttl_secs(Some(v)));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "token_ttl_secs")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::RefreshClientToken),
                                "token_ttl_secs",
                                crate::operation::Location::Body,
                                crate::operation::Expected::Integer {
                                    minimum: Some(10i64),
                                    maximum: Some(3600i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> ListSessionsForRoom<'a> {
        ///Sets `room_id` (a path parameter, required). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `room_id` and the rule, and nothing is sent.
        pub fn room_id<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::uuid::Uuid>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.room_id = Ok(v);
                    if self.violation.as_ref().is_some_and(|v| v.field == "room_id") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.room_id = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "room_id",
                                crate::operation::Location::Path,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Uuid,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[active]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[active]` and the rule, and nothing is sent.
        pub fn filter_active<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<bool>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_active = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[active]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_active = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "filter[active]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Boolean,
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_created_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_created_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_created_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_created_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_created_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_created_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "filter[date_created_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_created_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_created_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_created_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_created_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_created_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_created_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "filter[date_created_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_created_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_created_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_created_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_created_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_created_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_created_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "filter[date_created_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_ended_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_ended_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_ended_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_ended_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_ended_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_ended_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "filter[date_ended_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_ended_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_ended_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_ended_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_ended_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_ended_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_ended_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "filter[date_ended_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_ended_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_ended_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_ended_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_ended_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_ended_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_ended_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "filter[date_ended_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][eq]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][eq]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_eq<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_eq = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][eq]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_eq = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "filter[date_updated_at][eq]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][gte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][gte]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_gte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_gte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][gte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_gte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "filter[date_updated_at][gte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `filter[date_updated_at][lte]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `filter[date_updated_at][lte]` and the rule, and nothing is sent.
        pub fn filter_date_updated_at_lte<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.filter_date_updated_at_lte = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "filter[date_updated_at][lte]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.filter_date_updated_at_lte = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "filter[date_updated_at][lte]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Format(
                                    crate::operation::Format::Date,
                                ),
                            ),
                        );
                }
            }
            self
        }
        ///Sets `include_participants` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `include_participants` and the rule, and nothing is sent.
        pub fn include_participants<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<bool>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.include_participants = Ok(Some(v));
                    if self
                        .violation
                        .as_ref()
                        .is_some_and(|v| v.field == "include_participants")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.include_participants = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "include_participants",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Boolean,
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[number]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[number]` and the rule, and nothing is sent.
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_number = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[number]")
                    {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_number = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "page[number]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: None,
                                },
                            ),
                        );
                }
            }
            self
        }
        ///Sets `page[size]` (a query parameter, optional). A value that does not convert is returned by [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `page[size]` and the rule, and nothing is sent.
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            match value.try_into() {
                Ok(v) => {
                    self.page_size = Ok(Some(v));
                    if self.violation.as_ref().is_some_and(|v| v.field == "page[size]") {
                        self.violation = None;
                    }
                }
                Err(_) => {
                    self.page_size = Err(String::new());
                    self.violation
                        .get_or_insert(
                            crate::operation::Violation::new(
                                Some(crate::Operation::ListSessionsForRoom),
                                "page[size]",
                                crate::operation::Location::Query,
                                crate::operation::Expected::Integer {
                                    minimum: Some(1i64),
                                    maximum: Some(250i64),
                                },
                            ),
                        );
                }
            }
            self
        }
    }
    impl<'a> ListSessionsForRoom<'a> {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            crate::Error,
        > {
            const OP: crate::Operation = crate::Operation::ListSessionsForRoom;
            let Self {
                client,
                violation,
                room_id,
                filter_active,
                filter_date_created_at_eq,
                filter_date_created_at_gte,
                filter_date_created_at_lte,
                filter_date_ended_at_eq,
                filter_date_ended_at_gte,
                filter_date_ended_at_lte,
                filter_date_updated_at_eq,
                filter_date_updated_at_gte,
                filter_date_updated_at_lte,
                include_participants,
                page_number,
                page_size,
            } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            let room_id = room_id
                .map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        "room_id",
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    ),
                ))?;
            let filter_active = filter_active.unwrap_or_default();
            let filter_date_created_at_eq = filter_date_created_at_eq
                .unwrap_or_default();
            let filter_date_created_at_gte = filter_date_created_at_gte
                .unwrap_or_default();
            let filter_date_created_at_lte = filter_date_created_at_lte
                .unwrap_or_default();
            let filter_date_ended_at_eq = filter_date_ended_at_eq.unwrap_or_default();
            let filter_date_ended_at_gte = filter_date_ended_at_gte.unwrap_or_default();
            let filter_date_ended_at_lte = filter_date_ended_at_lte.unwrap_or_default();
            let filter_date_updated_at_eq = filter_date_updated_at_eq
                .unwrap_or_default();
            let filter_date_updated_at_gte = filter_date_updated_at_gte
                .unwrap_or_default();
            let filter_date_updated_at_lte = filter_date_updated_at_lte
                .unwrap_or_default();
            let include_participants = include_participants.unwrap_or_default();
            let page_number = page_number.unwrap_or_default();
            let page_size = page_size.unwrap_or_default();
            let url = format!(
                "{}/rooms/{}/sessions", client.baseurl, encode_path(& room_id
                .to_string())
            );
            let request = client
                .client
                .request(::reqwest::Method::GET, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("filter[active]", &filter_active),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_created_at][eq]",
                        &filter_date_created_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_created_at][gte]",
                        &filter_date_created_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_created_at][lte]",
                        &filter_date_created_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_ended_at][eq]",
                        &filter_date_ended_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_ended_at][gte]",
                        &filter_date_ended_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_ended_at][lte]",
                        &filter_date_ended_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][eq]",
                        &filter_date_updated_at_eq,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][gte]",
                        &filter_date_updated_at_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filter[date_updated_at][lte]",
                        &filter_date_updated_at_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "include_participants",
                        &include_participants,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page[number]", &page_number))
                .query(&progenitor_client::QueryParam::new("page[size]", &page_size))
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
        /**Sends `GET /rooms/{room_id}/sessions` through the client's call path (validation, auth, retries, tracing) and returns one [`Page`](crate::Page) of [`types::RoomSession`]; for every page use [`stream`](Self::stream) or [`pages`](Self::pages).

Any 2xx status is a success. Every failure is a [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a transport failure or timeout, or an answer that does not decode; those that reached the server say how many attempts were made.*/
        pub async fn execute(
            self,
        ) -> ::std::result::Result<crate::Page<types::RoomSession>, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }
        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<crate::Page<types::RoomSession>, crate::Error> {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListSessionsForRoom,
                    request,
                    bulk,
                )
                .await?;
            let envelope: types::ListSessionsForRoomResponse = answer.json(client)?;
            Ok(crate::Page {
                items: envelope.data,
                meta: envelope.meta,
            })
        }
        ///Sends `GET /rooms/{room_id}/sessions` exactly as [`execute`](Self::execute) does and returns the whole answer: its decoded body with its status and headers.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListSessionsForRoomResponse>,
            crate::Error,
        > {
            let (client, request) = self.request()?;
            let answer = crate::call::run(
                    client,
                    crate::Operation::ListSessionsForRoom,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
            answer.value(client)
        }
    }
    impl<'a> crate::pagination::sealed::Sealed for ListSessionsForRoom<'a> {}
    impl<'a> crate::ListRequest for ListSessionsForRoom<'a> {
        type Item = types::RoomSession;
        fn pages(self) -> crate::Pages<Self::Item> {
            const OP: crate::Operation = crate::Operation::ListSessionsForRoom;
            let Self {
                client,
                violation,
                page_number,
                page_size,
                room_id,
                filter_active,
                filter_date_created_at_eq,
                filter_date_created_at_gte,
                filter_date_created_at_lte,
                filter_date_ended_at_eq,
                filter_date_ended_at_gte,
                filter_date_ended_at_lte,
                filter_date_updated_at_eq,
                filter_date_updated_at_gte,
                filter_date_updated_at_lte,
                include_participants,
            } = self;
            let invalid = crate::Error::InvalidInput;
            let paging = match violation {
                Some(v) => Err(invalid(v)),
                None => {
                    crate::validate::page_param(
                            OP,
                            "page[number]",
                            page_number.unwrap_or_default(),
                        )
                        .and_then(|number| {
                            let size = crate::validate::page_param(
                                OP,
                                "page[size]",
                                page_size.unwrap_or_default(),
                            )?;
                            Ok(crate::pagination::Paging {
                                number,
                                size,
                            })
                        })
                        .map_err(invalid)
                }
            };
            let client = client.clone();
            crate::Pages::new(
                paging,
                move |number, size| {
                    let client = client.clone();
                    let room_id = room_id.clone();
                    let filter_active = filter_active.clone();
                    let filter_date_created_at_eq = filter_date_created_at_eq.clone();
                    let filter_date_created_at_gte = filter_date_created_at_gte.clone();
                    let filter_date_created_at_lte = filter_date_created_at_lte.clone();
                    let filter_date_ended_at_eq = filter_date_ended_at_eq.clone();
                    let filter_date_ended_at_gte = filter_date_ended_at_gte.clone();
                    let filter_date_ended_at_lte = filter_date_ended_at_lte.clone();
                    let filter_date_updated_at_eq = filter_date_updated_at_eq.clone();
                    let filter_date_updated_at_gte = filter_date_updated_at_gte.clone();
                    let filter_date_updated_at_lte = filter_date_updated_at_lte.clone();
                    let include_participants = include_participants.clone();
                    Box::pin(async move {
                        ListSessionsForRoom {
                            client: &client,
                            violation: None,
                            page_number: Ok(None),
                            page_size: Ok(None),
                            room_id,
                            filter_active,
                            filter_date_created_at_eq,
                            filter_date_created_at_gte,
                            filter_date_created_at_lte,
                            filter_date_ended_at_eq,
                            filter_date_ended_at_gte,
                            filter_date_ended_at_lte,
                            filter_date_updated_at_eq,
                            filter_date_updated_at_gte,
                            filter_date_updated_at_lte,
                            include_participants,
                        }
                            .page_number(number.get())
                            .page_size(size.get())
                            .execute()
                            .await
                    })
                },
            )
        }
    }
    impl<'a> ListSessionsForRoom<'a> {
        /// Every item of every page, lazily: see [`crate::pagination`] for what is
        /// guaranteed. The stream owns a clone of the client: it is `Send + 'static`.
        pub fn stream(
            self,
        ) -> crate::pagination::Items<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::stream(self)
        }
        /// Every page with its `meta`, lazily: see [`crate::pagination`]. The stream owns a
        /// clone of the client: it is `Send + 'static`.
        pub fn pages(
            self,
        ) -> crate::pagination::Pages<<Self as crate::ListRequest>::Item> {
            crate::ListRequest::pages(self)
        }
    }
    /// Compile-time proof that every call built from an owned `Client` can be spawned:
    /// each operation's `execute()` and `send()` futures, and each list's streams, are
    /// `Send + 'static` (checked by `cargo test`, never called).
    #[cfg(test)]
    #[allow(dead_code)]
    fn futures_are_send_and_static(client: crate::Client) {
        fn spawnable<T: Send + 'static>(_: T) {}
        spawnable({
            let c = client.clone();
            async move { c.list_room_compositions().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.list_room_compositions().send().await }
        });
        spawnable(client.list_room_compositions().stream());
        spawnable(client.list_room_compositions().stream().prefetch(4));
        spawnable(client.list_room_compositions().pages());
        spawnable(client.list_room_compositions().pages().prefetch(4));
        spawnable({
            let c = client.clone();
            async move { c.create_room_composition().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.create_room_composition().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.delete_room_composition().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.delete_room_composition().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.get_room_composition().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.get_room_composition().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.list_room_participants().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.list_room_participants().send().await }
        });
        spawnable(client.list_room_participants().stream());
        spawnable(client.list_room_participants().stream().prefetch(4));
        spawnable(client.list_room_participants().pages());
        spawnable(client.list_room_participants().pages().prefetch(4));
        spawnable({
            let c = client.clone();
            async move { c.get_room_participant().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.get_room_participant().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.delete_room_recordings().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.delete_room_recordings().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.list_room_recordings().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.list_room_recordings().send().await }
        });
        spawnable(client.list_room_recordings().stream());
        spawnable(client.list_room_recordings().stream().prefetch(4));
        spawnable(client.list_room_recordings().pages());
        spawnable(client.list_room_recordings().pages().prefetch(4));
        spawnable({
            let c = client.clone();
            async move { c.delete_room_recording().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.delete_room_recording().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.get_room_recording().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.get_room_recording().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.list_room_sessions().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.list_room_sessions().send().await }
        });
        spawnable(client.list_room_sessions().stream());
        spawnable(client.list_room_sessions().stream().prefetch(4));
        spawnable(client.list_room_sessions().pages());
        spawnable(client.list_room_sessions().pages().prefetch(4));
        spawnable({
            let c = client.clone();
            async move { c.get_room_session().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.get_room_session().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.end_room_session().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.end_room_session().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.kick_participants().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.kick_participants().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.mute_participants().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.mute_participants().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.unmute_participants().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.unmute_participants().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.list_participants_for_session().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.list_participants_for_session().send().await }
        });
        spawnable(client.list_participants_for_session().stream());
        spawnable(client.list_participants_for_session().stream().prefetch(4));
        spawnable(client.list_participants_for_session().pages());
        spawnable(client.list_participants_for_session().pages().prefetch(4));
        spawnable({
            let c = client.clone();
            async move { c.list_rooms().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.list_rooms().send().await }
        });
        spawnable(client.list_rooms().stream());
        spawnable(client.list_rooms().stream().prefetch(4));
        spawnable(client.list_rooms().pages());
        spawnable(client.list_rooms().pages().prefetch(4));
        spawnable({
            let c = client.clone();
            async move { c.create_room().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.create_room().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.delete_room().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.delete_room().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.get_room().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.get_room().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.update_room().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.update_room().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.create_client_token().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.create_client_token().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.refresh_client_token().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.refresh_client_token().send().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.list_sessions_for_room().execute().await }
        });
        spawnable({
            let c = client.clone();
            async move { c.list_sessions_for_room().send().await }
        });
        spawnable(client.list_sessions_for_room().stream());
        spawnable(client.list_sessions_for_room().stream().prefetch(4));
        spawnable(client.list_sessions_for_room().pages());
        spawnable(client.list_sessions_for_room().pages().prefetch(4));
    }
    impl crate::pagination::Identified for types::Room {
        fn id(&self) -> ::uuid::Uuid {
            self.id
        }
    }
    impl crate::pagination::Identified for types::RoomComposition {
        fn id(&self) -> ::uuid::Uuid {
            self.id
        }
    }
    impl crate::pagination::Identified for types::RoomParticipant {
        fn id(&self) -> ::uuid::Uuid {
            self.id
        }
    }
    impl crate::pagination::Identified for types::RoomRecording {
        fn id(&self) -> ::uuid::Uuid {
            self.id
        }
    }
    impl crate::pagination::Identified for types::RoomSession {
        fn id(&self) -> ::uuid::Uuid {
            self.id
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The version of the spec the client was generated from (its `info.version`).
pub const SPEC_VERSION: &str = "2.0.0";
/// One operation of the Video Rooms API, generated from the spec: one variant per
/// operationId, ordered by path then method. [`Operation::ALL`] lists them; the methods in
/// [`crate::operation`] give each one's method, path template, parameters and body rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Operation {
    ///`GET /room_compositions` (`list_room_compositions`).
    ListRoomCompositions,
    ///`POST /room_compositions` (`create_room_composition`).
    CreateRoomComposition,
    ///`DELETE /room_compositions/{room_composition_id}` (`delete_room_composition`).
    DeleteRoomComposition,
    ///`GET /room_compositions/{room_composition_id}` (`get_room_composition`).
    GetRoomComposition,
    ///`GET /room_participants` (`list_room_participants`).
    ListRoomParticipants,
    ///`GET /room_participants/{room_participant_id}` (`get_room_participant`).
    GetRoomParticipant,
    ///`DELETE /room_recordings` (`delete_room_recordings`).
    DeleteRoomRecordings,
    ///`GET /room_recordings` (`list_room_recordings`).
    ListRoomRecordings,
    ///`DELETE /room_recordings/{room_recording_id}` (`delete_room_recording`).
    DeleteRoomRecording,
    ///`GET /room_recordings/{room_recording_id}` (`get_room_recording`).
    GetRoomRecording,
    ///`GET /room_sessions` (`list_room_sessions`).
    ListRoomSessions,
    ///`GET /room_sessions/{room_session_id}` (`get_room_session`).
    GetRoomSession,
    ///`POST /room_sessions/{room_session_id}/actions/end` (`end_room_session`).
    EndRoomSession,
    ///`POST /room_sessions/{room_session_id}/actions/kick` (`kick_participants`).
    KickParticipants,
    ///`POST /room_sessions/{room_session_id}/actions/mute` (`mute_participants`).
    MuteParticipants,
    ///`POST /room_sessions/{room_session_id}/actions/unmute` (`unmute_participants`).
    UnmuteParticipants,
    ///`GET /room_sessions/{room_session_id}/participants` (`list_participants_for_session`).
    ListParticipantsForSession,
    ///`GET /rooms` (`list_rooms`).
    ListRooms,
    ///`POST /rooms` (`create_room`).
    CreateRoom,
    ///`DELETE /rooms/{room_id}` (`delete_room`).
    DeleteRoom,
    ///`GET /rooms/{room_id}` (`get_room`).
    GetRoom,
    ///`PATCH /rooms/{room_id}` (`update_room`).
    UpdateRoom,
    ///`POST /rooms/{room_id}/actions/generate_join_client_token` (`create_client_token`).
    CreateClientToken,
    ///`POST /rooms/{room_id}/actions/refresh_client_token` (`refresh_client_token`).
    RefreshClientToken,
    ///`GET /rooms/{room_id}/sessions` (`list_sessions_for_room`).
    ListSessionsForRoom,
}
impl Operation {
    /// Every operation of the spec, ordered by path then method.
    pub const ALL: [Operation; 25usize] = [
        Operation::ListRoomCompositions,
        Operation::CreateRoomComposition,
        Operation::DeleteRoomComposition,
        Operation::GetRoomComposition,
        Operation::ListRoomParticipants,
        Operation::GetRoomParticipant,
        Operation::DeleteRoomRecordings,
        Operation::ListRoomRecordings,
        Operation::DeleteRoomRecording,
        Operation::GetRoomRecording,
        Operation::ListRoomSessions,
        Operation::GetRoomSession,
        Operation::EndRoomSession,
        Operation::KickParticipants,
        Operation::MuteParticipants,
        Operation::UnmuteParticipants,
        Operation::ListParticipantsForSession,
        Operation::ListRooms,
        Operation::CreateRoom,
        Operation::DeleteRoom,
        Operation::GetRoom,
        Operation::UpdateRoom,
        Operation::CreateClientToken,
        Operation::RefreshClientToken,
        Operation::ListSessionsForRoom,
    ];
    /// The operation with this operationId, if the spec has one.
    pub fn from_id(id: &str) -> Option<Operation> {
        match id {
            "list_room_compositions" => Some(Operation::ListRoomCompositions),
            "create_room_composition" => Some(Operation::CreateRoomComposition),
            "delete_room_composition" => Some(Operation::DeleteRoomComposition),
            "get_room_composition" => Some(Operation::GetRoomComposition),
            "list_room_participants" => Some(Operation::ListRoomParticipants),
            "get_room_participant" => Some(Operation::GetRoomParticipant),
            "delete_room_recordings" => Some(Operation::DeleteRoomRecordings),
            "list_room_recordings" => Some(Operation::ListRoomRecordings),
            "delete_room_recording" => Some(Operation::DeleteRoomRecording),
            "get_room_recording" => Some(Operation::GetRoomRecording),
            "list_room_sessions" => Some(Operation::ListRoomSessions),
            "get_room_session" => Some(Operation::GetRoomSession),
            "end_room_session" => Some(Operation::EndRoomSession),
            "kick_participants" => Some(Operation::KickParticipants),
            "mute_participants" => Some(Operation::MuteParticipants),
            "unmute_participants" => Some(Operation::UnmuteParticipants),
            "list_participants_for_session" => {
                Some(Operation::ListParticipantsForSession)
            }
            "list_rooms" => Some(Operation::ListRooms),
            "create_room" => Some(Operation::CreateRoom),
            "delete_room" => Some(Operation::DeleteRoom),
            "get_room" => Some(Operation::GetRoom),
            "update_room" => Some(Operation::UpdateRoom),
            "create_client_token" => Some(Operation::CreateClientToken),
            "refresh_client_token" => Some(Operation::RefreshClientToken),
            "list_sessions_for_room" => Some(Operation::ListSessionsForRoom),
            _ => None,
        }
    }
    pub(crate) fn facts(self) -> &'static crate::operation::Facts {
        &FACTS[self as usize]
    }
}
static FACTS: [crate::operation::Facts; 25usize] = [
    crate::operation::Facts {
        id: "list_room_compositions",
        method: "GET",
        path: "/room_compositions",
        params: &[
            crate::operation::Param {
                name: "filter[date_created_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_created_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_created_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[session_id]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[status]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Text,
                    allowed: &["completed", "processing", "enqueued"],
                },
            },
            crate::operation::Param {
                name: "page[number]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: None,
                },
            },
            crate::operation::Param {
                name: "page[size]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: Some(250i64),
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::List,
    },
    crate::operation::Facts {
        id: "create_room_composition",
        method: "POST",
        path: "/room_compositions",
        params: &[],
        body: Some(crate::operation::Rule::Object {
            required: &[],
            properties: &[
                (
                    "format",
                    crate::operation::Rule::String {
                        format: crate::operation::Format::Text,
                        allowed: &[],
                    },
                ),
                (
                    "resolution",
                    crate::operation::Rule::String {
                        format: crate::operation::Format::Text,
                        allowed: &[],
                    },
                ),
                (
                    "session_id",
                    crate::operation::Rule::String {
                        format: crate::operation::Format::Uuid,
                        allowed: &[],
                    },
                ),
                (
                    "video_layout",
                    crate::operation::Rule::Object {
                        required: &[],
                        properties: &[],
                        additional: Some(
                            &crate::operation::Rule::Object {
                                required: &[],
                                properties: &[
                                    (
                                        "height",
                                        crate::operation::Rule::Integer {
                                            minimum: Some(16i64),
                                            maximum: None,
                                        },
                                    ),
                                    (
                                        "max_columns",
                                        crate::operation::Rule::Integer {
                                            minimum: Some(1i64),
                                            maximum: Some(1000i64),
                                        },
                                    ),
                                    (
                                        "max_rows",
                                        crate::operation::Rule::Integer {
                                            minimum: Some(1i64),
                                            maximum: Some(1000i64),
                                        },
                                    ),
                                    (
                                        "video_sources",
                                        crate::operation::Rule::Array {
                                            items: &crate::operation::Rule::String {
                                                format: crate::operation::Format::Text,
                                                allowed: &[],
                                            },
                                        },
                                    ),
                                    (
                                        "width",
                                        crate::operation::Rule::Integer {
                                            minimum: Some(16i64),
                                            maximum: None,
                                        },
                                    ),
                                    (
                                        "x_pos",
                                        crate::operation::Rule::Integer {
                                            minimum: None,
                                            maximum: None,
                                        },
                                    ),
                                    (
                                        "y_pos",
                                        crate::operation::Rule::Integer {
                                            minimum: None,
                                            maximum: None,
                                        },
                                    ),
                                    (
                                        "z_pos",
                                        crate::operation::Rule::Integer {
                                            minimum: Some(-99i64),
                                            maximum: Some(99i64),
                                        },
                                    ),
                                ],
                                additional: None,
                            },
                        ),
                    },
                ),
                (
                    "webhook_event_failover_url",
                    crate::operation::Rule::String {
                        format: crate::operation::Format::Uri,
                        allowed: &[],
                    },
                ),
                (
                    "webhook_event_url",
                    crate::operation::Rule::String {
                        format: crate::operation::Format::Uri,
                        allowed: &[],
                    },
                ),
                (
                    "webhook_timeout_secs",
                    crate::operation::Rule::Integer {
                        minimum: Some(0i64),
                        maximum: Some(30i64),
                    },
                ),
            ],
            additional: None,
        }),
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "delete_room_composition",
        method: "DELETE",
        path: "/room_compositions/{room_composition_id}",
        params: &[
            crate::operation::Param {
                name: "room_composition_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::Nothing,
    },
    crate::operation::Facts {
        id: "get_room_composition",
        method: "GET",
        path: "/room_compositions/{room_composition_id}",
        params: &[
            crate::operation::Param {
                name: "room_composition_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "list_room_participants",
        method: "GET",
        path: "/room_participants",
        params: &[
            crate::operation::Param {
                name: "filter[context]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Text,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_joined_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_joined_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_joined_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_left_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_left_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_left_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[session_id]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "page[number]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: None,
                },
            },
            crate::operation::Param {
                name: "page[size]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: Some(250i64),
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::List,
    },
    crate::operation::Facts {
        id: "get_room_participant",
        method: "GET",
        path: "/room_participants/{room_participant_id}",
        params: &[
            crate::operation::Param {
                name: "room_participant_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "delete_room_recordings",
        method: "DELETE",
        path: "/room_recordings",
        params: &[
            crate::operation::Param {
                name: "filter[date_ended_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_ended_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_ended_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_started_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_started_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_started_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[duration_secs]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: None,
                    maximum: None,
                },
            },
            crate::operation::Param {
                name: "filter[participant_id]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[room_id]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[session_id]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[status]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Text,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[type]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Text,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "page[number]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: None,
                },
            },
            crate::operation::Param {
                name: "page[size]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: Some(250i64),
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "list_room_recordings",
        method: "GET",
        path: "/room_recordings",
        params: &[
            crate::operation::Param {
                name: "filter[date_ended_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_ended_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_ended_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_started_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_started_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_started_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[duration_secs]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: None,
                    maximum: None,
                },
            },
            crate::operation::Param {
                name: "filter[participant_id]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[room_id]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[session_id]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[status]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Text,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[type]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Text,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "page[number]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: None,
                },
            },
            crate::operation::Param {
                name: "page[size]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: Some(250i64),
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::List,
    },
    crate::operation::Facts {
        id: "delete_room_recording",
        method: "DELETE",
        path: "/room_recordings/{room_recording_id}",
        params: &[
            crate::operation::Param {
                name: "room_recording_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::Nothing,
    },
    crate::operation::Facts {
        id: "get_room_recording",
        method: "GET",
        path: "/room_recordings/{room_recording_id}",
        params: &[
            crate::operation::Param {
                name: "room_recording_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "list_room_sessions",
        method: "GET",
        path: "/room_sessions",
        params: &[
            crate::operation::Param {
                name: "filter[active]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Boolean,
            },
            crate::operation::Param {
                name: "filter[date_created_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_created_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_created_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_ended_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_ended_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_ended_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[room_id]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "include_participants",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Boolean,
            },
            crate::operation::Param {
                name: "page[number]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: None,
                },
            },
            crate::operation::Param {
                name: "page[size]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: Some(250i64),
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::List,
    },
    crate::operation::Facts {
        id: "get_room_session",
        method: "GET",
        path: "/room_sessions/{room_session_id}",
        params: &[
            crate::operation::Param {
                name: "room_session_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "include_participants",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Boolean,
            },
        ],
        body: None,
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "end_room_session",
        method: "POST",
        path: "/room_sessions/{room_session_id}/actions/end",
        params: &[
            crate::operation::Param {
                name: "room_session_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "kick_participants",
        method: "POST",
        path: "/room_sessions/{room_session_id}/actions/kick",
        params: &[
            crate::operation::Param {
                name: "room_session_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: Some(crate::operation::Rule::Object {
            required: &[],
            properties: &[
                (
                    "exclude",
                    crate::operation::Rule::Array {
                        items: &crate::operation::Rule::String {
                            format: crate::operation::Format::Uuid,
                            allowed: &[],
                        },
                    },
                ),
                (
                    "participants",
                    crate::operation::Rule::OneOf(
                        &[
                            crate::operation::Rule::String {
                                format: crate::operation::Format::Text,
                                allowed: &["all"],
                            },
                            crate::operation::Rule::Array {
                                items: &crate::operation::Rule::String {
                                    format: crate::operation::Format::Uuid,
                                    allowed: &[],
                                },
                            },
                        ],
                    ),
                ),
            ],
            additional: None,
        }),
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "mute_participants",
        method: "POST",
        path: "/room_sessions/{room_session_id}/actions/mute",
        params: &[
            crate::operation::Param {
                name: "room_session_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: Some(crate::operation::Rule::Object {
            required: &[],
            properties: &[
                (
                    "exclude",
                    crate::operation::Rule::Array {
                        items: &crate::operation::Rule::String {
                            format: crate::operation::Format::Uuid,
                            allowed: &[],
                        },
                    },
                ),
                (
                    "participants",
                    crate::operation::Rule::OneOf(
                        &[
                            crate::operation::Rule::String {
                                format: crate::operation::Format::Text,
                                allowed: &["all"],
                            },
                            crate::operation::Rule::Array {
                                items: &crate::operation::Rule::String {
                                    format: crate::operation::Format::Uuid,
                                    allowed: &[],
                                },
                            },
                        ],
                    ),
                ),
            ],
            additional: None,
        }),
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "unmute_participants",
        method: "POST",
        path: "/room_sessions/{room_session_id}/actions/unmute",
        params: &[
            crate::operation::Param {
                name: "room_session_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: Some(crate::operation::Rule::Object {
            required: &[],
            properties: &[
                (
                    "exclude",
                    crate::operation::Rule::Array {
                        items: &crate::operation::Rule::String {
                            format: crate::operation::Format::Uuid,
                            allowed: &[],
                        },
                    },
                ),
                (
                    "participants",
                    crate::operation::Rule::OneOf(
                        &[
                            crate::operation::Rule::String {
                                format: crate::operation::Format::Text,
                                allowed: &["all"],
                            },
                            crate::operation::Rule::Array {
                                items: &crate::operation::Rule::String {
                                    format: crate::operation::Format::Uuid,
                                    allowed: &[],
                                },
                            },
                        ],
                    ),
                ),
            ],
            additional: None,
        }),
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "list_participants_for_session",
        method: "GET",
        path: "/room_sessions/{room_session_id}/participants",
        params: &[
            crate::operation::Param {
                name: "room_session_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[context]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Text,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_joined_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_joined_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_joined_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_left_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_left_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_left_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "page[number]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: None,
                },
            },
            crate::operation::Param {
                name: "page[size]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: Some(250i64),
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::List,
    },
    crate::operation::Facts {
        id: "list_rooms",
        method: "GET",
        path: "/rooms",
        params: &[
            crate::operation::Param {
                name: "filter[date_created_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_created_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_created_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[unique_name]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Text,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "include_sessions",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Boolean,
            },
            crate::operation::Param {
                name: "page[number]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: None,
                },
            },
            crate::operation::Param {
                name: "page[size]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: Some(250i64),
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::List,
    },
    crate::operation::Facts {
        id: "create_room",
        method: "POST",
        path: "/rooms",
        params: &[],
        body: Some(crate::operation::Rule::Object {
            required: &[],
            properties: &[
                ("enable_recording", crate::operation::Rule::Boolean),
                (
                    "max_participants",
                    crate::operation::Rule::Integer {
                        minimum: Some(2i64),
                        maximum: Some(50i64),
                    },
                ),
                (
                    "unique_name",
                    crate::operation::Rule::String {
                        format: crate::operation::Format::Text,
                        allowed: &[],
                    },
                ),
                (
                    "webhook_event_failover_url",
                    crate::operation::Rule::String {
                        format: crate::operation::Format::Uri,
                        allowed: &[],
                    },
                ),
                (
                    "webhook_event_url",
                    crate::operation::Rule::String {
                        format: crate::operation::Format::Uri,
                        allowed: &[],
                    },
                ),
                (
                    "webhook_timeout_secs",
                    crate::operation::Rule::Integer {
                        minimum: Some(0i64),
                        maximum: Some(30i64),
                    },
                ),
            ],
            additional: None,
        }),
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "delete_room",
        method: "DELETE",
        path: "/rooms/{room_id}",
        params: &[
            crate::operation::Param {
                name: "room_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::Nothing,
    },
    crate::operation::Facts {
        id: "get_room",
        method: "GET",
        path: "/rooms/{room_id}",
        params: &[
            crate::operation::Param {
                name: "room_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "include_sessions",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Boolean,
            },
        ],
        body: None,
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "update_room",
        method: "PATCH",
        path: "/rooms/{room_id}",
        params: &[
            crate::operation::Param {
                name: "room_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: Some(crate::operation::Rule::Object {
            required: &[],
            properties: &[
                ("enable_recording", crate::operation::Rule::Boolean),
                (
                    "max_participants",
                    crate::operation::Rule::Integer {
                        minimum: Some(2i64),
                        maximum: Some(50i64),
                    },
                ),
                (
                    "unique_name",
                    crate::operation::Rule::String {
                        format: crate::operation::Format::Text,
                        allowed: &[],
                    },
                ),
                (
                    "webhook_event_failover_url",
                    crate::operation::Rule::String {
                        format: crate::operation::Format::Uri,
                        allowed: &[],
                    },
                ),
                (
                    "webhook_event_url",
                    crate::operation::Rule::String {
                        format: crate::operation::Format::Uri,
                        allowed: &[],
                    },
                ),
                (
                    "webhook_timeout_secs",
                    crate::operation::Rule::Integer {
                        minimum: Some(0i64),
                        maximum: Some(30i64),
                    },
                ),
            ],
            additional: None,
        }),
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "create_client_token",
        method: "POST",
        path: "/rooms/{room_id}/actions/generate_join_client_token",
        params: &[
            crate::operation::Param {
                name: "room_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: Some(crate::operation::Rule::Object {
            required: &[],
            properties: &[
                (
                    "refresh_token_ttl_secs",
                    crate::operation::Rule::Integer {
                        minimum: Some(60i64),
                        maximum: Some(86400i64),
                    },
                ),
                (
                    "token_ttl_secs",
                    crate::operation::Rule::Integer {
                        minimum: Some(10i64),
                        maximum: Some(3600i64),
                    },
                ),
            ],
            additional: None,
        }),
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "refresh_client_token",
        method: "POST",
        path: "/rooms/{room_id}/actions/refresh_client_token",
        params: &[
            crate::operation::Param {
                name: "room_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
        ],
        body: Some(crate::operation::Rule::Object {
            required: &["refresh_token"],
            properties: &[
                (
                    "refresh_token",
                    crate::operation::Rule::String {
                        format: crate::operation::Format::Text,
                        allowed: &[],
                    },
                ),
                (
                    "token_ttl_secs",
                    crate::operation::Rule::Integer {
                        minimum: Some(10i64),
                        maximum: Some(3600i64),
                    },
                ),
            ],
            additional: None,
        }),
        answer: crate::operation::Answer::One,
    },
    crate::operation::Facts {
        id: "list_sessions_for_room",
        method: "GET",
        path: "/rooms/{room_id}/sessions",
        params: &[
            crate::operation::Param {
                name: "room_id",
                location: crate::operation::Location::Path,
                required: true,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Uuid,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[active]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Boolean,
            },
            crate::operation::Param {
                name: "filter[date_created_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_created_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_created_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_ended_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_ended_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_ended_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][eq]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][gte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "filter[date_updated_at][lte]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::String {
                    format: crate::operation::Format::Date,
                    allowed: &[],
                },
            },
            crate::operation::Param {
                name: "include_participants",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Boolean,
            },
            crate::operation::Param {
                name: "page[number]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: None,
                },
            },
            crate::operation::Param {
                name: "page[size]",
                location: crate::operation::Location::Query,
                required: false,
                rule: crate::operation::Rule::Integer {
                    minimum: Some(1i64),
                    maximum: Some(250i64),
                },
            },
        ],
        body: None,
        answer: crate::operation::Answer::List,
    },
];
/// A room event, by type: one variant per event schema of the spec, each carrying its
/// generated payload, and [`RoomEvent::Unknown`] for a type this version does not know.
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RoomEvent {
    ///`video.room.composition.completed`: Webhook event sent when a composition is finished and can be downloaded.
    CompositionCompleted(types::CompositionCompletedPayload),
    ///`video.room.participant.joined`: Webhook event sent when a participant joins a session.
    ParticipantJoined(types::ParticipantJoinedPayload),
    ///`video.room.participant.left`: Webhook event sent when a participant leaves a session.
    ParticipantLeft(types::ParticipantLeftPayload),
    ///`video.room.recording.completed`: Webhook event sent when a recording is finished and can be downloaded.
    RecordingCompleted(types::RecordingCompletedPayload),
    ///`video.room.recording.started`: Webhook event sent when a participant's recording starts.
    RecordingStarted(types::RecordingStartedPayload),
    ///`video.room.session.ended`: Webhook event sent when a session ends.
    SessionEnded(types::SessionEndedPayload),
    ///`video.room.session.started`: Webhook event sent when the first participant joins and a session begins.
    SessionStarted(types::SessionStartedPayload),
    /// An event type this version does not know; kept whole, never an error.
    Unknown {
        /// Its `event_type`.
        event_type: String,
        /// The event object as received.
        raw: ::serde_json::Value,
    },
}
#[cfg(feature = "webhooks")]
impl RoomEvent {
    /// Every event type the spec defines.
    pub const EVENT_TYPES: [&'static str; 7usize] = [
        "video.room.composition.completed",
        "video.room.participant.joined",
        "video.room.participant.left",
        "video.room.recording.completed",
        "video.room.recording.started",
        "video.room.session.ended",
        "video.room.session.started",
    ];
    /// The `event_type` on the wire.
    pub fn event_type(&self) -> &str {
        match self {
            RoomEvent::CompositionCompleted(_) => "video.room.composition.completed",
            RoomEvent::ParticipantJoined(_) => "video.room.participant.joined",
            RoomEvent::ParticipantLeft(_) => "video.room.participant.left",
            RoomEvent::RecordingCompleted(_) => "video.room.recording.completed",
            RoomEvent::RecordingStarted(_) => "video.room.recording.started",
            RoomEvent::SessionEnded(_) => "video.room.session.ended",
            RoomEvent::SessionStarted(_) => "video.room.session.started",
            RoomEvent::Unknown { event_type, .. } => event_type,
        }
    }
    /// The event of type `event_type` with this `payload`; `event` is the whole event
    /// object, kept for an unknown type. A payload that is absent or does not match its
    /// schema (a required id missing, say) is an error naming the field.
    pub fn from_parts(
        event_type: &str,
        payload: Option<&::serde_json::Value>,
        event: &::serde_json::Value,
    ) -> ::std::result::Result<RoomEvent, String> {
        fn decode<T: ::serde::de::DeserializeOwned>(
            payload: Option<&::serde_json::Value>,
        ) -> ::std::result::Result<T, String> {
            match payload {
                None | Some(::serde_json::Value::Null) => Err("no `payload`".to_string()),
                Some(v) => T::deserialize(v).map_err(|e| format!("`payload`: {e}")),
            }
        }
        Ok(
            match event_type {
                "video.room.composition.completed" => {
                    RoomEvent::CompositionCompleted(decode(payload)?)
                }
                "video.room.participant.joined" => {
                    RoomEvent::ParticipantJoined(decode(payload)?)
                }
                "video.room.participant.left" => {
                    RoomEvent::ParticipantLeft(decode(payload)?)
                }
                "video.room.recording.completed" => {
                    RoomEvent::RecordingCompleted(decode(payload)?)
                }
                "video.room.recording.started" => {
                    RoomEvent::RecordingStarted(decode(payload)?)
                }
                "video.room.session.ended" => RoomEvent::SessionEnded(decode(payload)?),
                "video.room.session.started" => {
                    RoomEvent::SessionStarted(decode(payload)?)
                }
                _ => {
                    RoomEvent::Unknown {
                        event_type: event_type.to_string(),
                        raw: event.clone(),
                    }
                }
            },
        )
    }
    /// The payload as JSON, as it goes on the wire.
    pub fn payload(&self) -> ::serde_json::Value {
        let value = match self {
            RoomEvent::CompositionCompleted(p) => ::serde_json::to_value(p),
            RoomEvent::ParticipantJoined(p) => ::serde_json::to_value(p),
            RoomEvent::ParticipantLeft(p) => ::serde_json::to_value(p),
            RoomEvent::RecordingCompleted(p) => ::serde_json::to_value(p),
            RoomEvent::RecordingStarted(p) => ::serde_json::to_value(p),
            RoomEvent::SessionEnded(p) => ::serde_json::to_value(p),
            RoomEvent::SessionStarted(p) => ::serde_json::to_value(p),
            RoomEvent::Unknown { raw, .. } => Ok(raw["payload"].clone()),
        };
        value.unwrap_or_default()
    }
}
