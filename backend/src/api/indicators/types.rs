//! The wire types of indicators.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::indicator::{BetterDirection, Code, IndicatorSource};
use crate::domain::role::Action;
use crate::domain::text::{Line, Name, Text};

#[derive(Debug, Serialize, ToSchema)]
pub struct Indicator {
    pub id: Uuid,
    /// A stable code, e.g. `TRYGG_KVALL`; the import names indicators by it.
    pub code: String,
    pub name: String,
    /// E.g. `%`, `per 1000 invånare`, `antal`.
    pub unit: String,
    pub better_direction: BetterDirection,
    pub source: IndicatorSource,
    pub description: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewIndicator {
    pub code: Code,
    pub name: Name,
    pub unit: Line<50>,
    pub better_direction: BetterDirection,
    pub source: IndicatorSource,
    pub description: Option<Text<2000>>,
}

crate::patch_body! {
    /// The fields to change; absent fields stay, `null` clears an optional field.
    pub struct IndicatorPatch {
        code: Code,
        name: Name,
        unit: Line<50>,
        better_direction: BetterDirection,
        source: IndicatorSource,
        description: Text<2000> | null,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IndicatorFilters {
    pub source: Option<IndicatorSource>,
}
