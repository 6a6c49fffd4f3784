//! The wire types of indicator values.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::indicator::Period;
use crate::domain::role::Action;
use crate::domain::text::{Line, Text};
use crate::domain::validation::Whole;
use crate::kit::Names;

/// The largest size a value may have either side of zero.
pub const MAX_VALUE: f64 = 1e12;

#[derive(Debug, Serialize, ToSchema)]
pub struct IndicatorValue {
    pub id: Uuid,
    pub indicator_id: Uuid,
    pub area_id: Uuid,
    pub period: Period,
    /// The group the value is for (e.g. `kvinnor`, `16–24`); `null` for everyone.
    pub group: Option<String>,
    pub value: f64,
    /// The sample size.
    pub n: Option<i32>,
    pub note: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewIndicatorValue {
    pub indicator_id: Uuid,
    pub area_id: Uuid,
    pub period: Period,
    /// Blank or absent for everyone.
    pub group: Option<Line<100>>,
    #[schema(minimum = -1e12, maximum = 1e12)]
    pub value: f64,
    #[serde(default, deserialize_with = "crate::domain::validation::whole::optional")]
    #[schema(minimum = 0)]
    pub n: Option<i32>,
    pub note: Option<Text<500>>,
}

crate::patch_body! {
    /// The fields to change (the value, its sample size, its note); absent fields stay, `null`
    /// clears an optional field. Which indicator, area, period and group it is for stays.
    pub struct IndicatorValuePatch {
        #[schema(minimum = -1e12, maximum = 1e12)]
        value: f64,
        #[schema(minimum = 0)]
        n: Whole as i32 | null,
        note: Text<500> | null,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IndicatorValueFilters {
    pub indicator_id: Option<Uuid>,
    pub area_id: Option<Uuid>,
    /// Values whose period starts in this year or later.
    #[param(minimum = 1900, maximum = 2200)]
    pub from_year: Option<i32>,
    /// Values whose period ends in this year or earlier.
    #[param(minimum = 1900, maximum = 2200)]
    pub to_year: Option<i32>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportParams {
    /// `true`: check the file and say what would be written, writing nothing.
    #[serde(default)]
    pub dry_run: bool,
}

/// A CSV file (UTF-8): a header row naming the columns `indicator_code, area_id, period, value`
/// and optionally `group, n, note`; separated by `,` or `;`; decimal commas or points.
#[derive(ToSchema)]
#[schema(value_type = String, example = "indicator_code;area_id;period;group;value;n;note\nTRYGG_KVALL;0196…;2025;;12,5;812;")]
pub struct CsvFile(#[allow(dead_code)] String);
