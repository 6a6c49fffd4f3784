//! The wire types of topics.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::role::Action;
use crate::domain::text::{Code, Name};

/// What a contact route or an inquiry is about: a managed list, in Swedish and English.
#[derive(Debug, Serialize, ToSchema)]
pub struct Topic {
    pub id: Uuid,
    /// Stable; Open311's `service_code`.
    pub code: String,
    pub name_sv: String,
    pub name_en: String,
    /// Offered to residents (the public form, Open311's services).
    pub is_public: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTopic {
    /// Stable (clients keep it): Open311's `service_code`.
    pub code: Code,
    pub name_sv: Name,
    pub name_en: Name,
    #[serde(default)]
    pub is_public: bool,
}

crate::patch_body! {
    /// The fields to change; absent fields stay. The code stays as it is (clients keep it).
    pub struct TopicPatch {
        name_sv: Name,
        name_en: Name,
        is_public: bool,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TopicFilters {
    pub is_public: Option<bool>,
}

/// A topic as residents see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicTopic {
    pub id: Uuid,
    pub code: String,
    pub name_sv: String,
    pub name_en: String,
}
