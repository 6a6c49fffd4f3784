//! The wire types of situation pictures.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::classification::Classification;
use crate::domain::indicator::Period;
use crate::domain::role::Action;
use crate::domain::situation::{Section, SituationProblem, SituationStatus};
use crate::domain::text::{Bounded, Name, Text};
use crate::domain::time::Day;
use crate::kit::Names;

/// A value of the snapshot taken at adoption.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
pub struct SnapshotValue {
    pub indicator_id: Uuid,
    pub indicator_code: String,
    pub indicator_name: String,
    pub unit: String,
    pub period: Period,
    pub group: Option<String>,
    pub value: f64,
    pub n: Option<i32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SituationPicture {
    pub id: Uuid,
    pub area_id: Uuid,
    pub council_id: Uuid,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub title: String,
    /// Kartläggning av brottsligheten och dess konsekvenser.
    pub crime_mapping: Section,
    /// Annan relevant information.
    pub other_information: Section,
    /// Analys.
    pub analysis: Section,
    pub problems: Vec<SituationProblem>,
    /// The area's indicator values of the period, copied at adoption (`null` for a draft).
    pub indicator_snapshot: Option<Vec<SnapshotValue>>,
    pub status: SituationStatus,
    pub adopted_at: Option<DateTime<Utc>>,
    pub adopted_by_name: Option<String>,
    /// The version this one revises.
    pub replaces_id: Option<Uuid>,
    /// The version that revises this one.
    pub replaced_by_id: Option<Uuid>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSituationPicture {
    pub area_id: Uuid,
    pub council_id: Uuid,
    pub period_start: Day,
    pub period_end: Day,
    pub title: Name,
    pub crime_mapping: Option<Text<50000>>,
    /// `internal` when left out.
    pub crime_mapping_classification: Option<Classification>,
    pub other_information: Option<Text<50000>>,
    pub other_information_classification: Option<Classification>,
    pub analysis: Option<Text<50000>>,
    pub analysis_classification: Option<Classification>,
    #[serde(default)]
    #[schema(inline)]
    pub problems: Bounded<SituationProblem, 50>,
    /// The adopted version this draft revises (409 `already_revised` when it has a revision).
    pub replaces_id: Option<Uuid>,
}

crate::patch_body! {
    /// The fields to change (a draft's only); absent fields stay, `null` clears an optional field.
    pub struct SituationPicturePatch {
        period_start: Day,
        period_end: Day,
        title: Name,
        crime_mapping: Text<50000> | null,
        crime_mapping_classification: Classification,
        other_information: Text<50000> | null,
        other_information_classification: Classification,
        analysis: Text<50000> | null,
        analysis_classification: Classification,
        #[schema(inline)]
        problems: Bounded<SituationProblem, 50>,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SituationPictureFilters {
    pub area_id: Option<Uuid>,
    pub council_id: Option<Uuid>,
    pub status: Option<SituationStatus>,
    /// Pictures whose period touches this year.
    #[param(minimum = 1900, maximum = 2200)]
    pub year: Option<i32>,
}
