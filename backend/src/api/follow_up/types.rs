//! The wire types of the yearly follow-up report.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::indicator::{BetterDirection, Change, IndicatorSource, Period};
use crate::domain::initiative::{InitiativeKind, InitiativeStatus, Met, Progress};
use crate::domain::situation::SituationStatus;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FollowUpParams {
    pub area_id: Uuid,
    #[param(minimum = 1900, maximum = 2200)]
    pub year: i32,
}

/// One value of an indicator.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportValue {
    pub period: Period,
    /// `null` for everyone.
    pub group: Option<String>,
    pub value: f64,
    pub n: Option<i32>,
}

/// An initiative's target on the indicator, and how it stands.
#[derive(Debug, Serialize, ToSchema)]
pub struct IndicatorTarget {
    pub initiative_id: Uuid,
    pub initiative_title: String,
    pub baseline_value: f64,
    pub baseline_period: Period,
    pub target_value: f64,
    pub target_period: Period,
    pub met: Met,
}

/// An indicator's values for the area up to the year's end, against earlier periods.
#[derive(Debug, Serialize, ToSchema)]
pub struct IndicatorSeries {
    pub indicator_id: Uuid,
    pub code: String,
    pub name: String,
    pub unit: String,
    pub better_direction: BetterDirection,
    pub source: IndicatorSource,
    /// Every value up to the year's end, oldest first (groups included).
    pub values: Vec<ReportValue>,
    /// The latest value (for everyone) of a period within the year.
    pub latest: Option<ReportValue>,
    /// The latest value (for everyone) of a period before the year.
    pub previous: Option<ReportValue>,
    /// From `previous` to `latest`, and whether it moved the better way.
    pub change: Option<Change>,
    pub targets: Vec<IndicatorTarget>,
}

/// An initiative active in the area some day of the year.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportInitiative {
    pub id: Uuid,
    pub title: String,
    pub kind: InitiativeKind,
    pub status: InitiativeStatus,
    pub priority_area: Option<String>,
    pub lead_organization: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub is_public: bool,
    pub progress: Progress,
}

/// A situation picture of the area whose period touches the year.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportSituationPicture {
    pub id: Uuid,
    pub title: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub status: SituationStatus,
    /// The version it revises.
    pub replaces_id: Option<Uuid>,
}

/// What was done in an area in a year and how its indicators moved.
#[derive(Debug, Serialize, ToSchema)]
pub struct FollowUpReport {
    pub area_id: Uuid,
    pub area_name: String,
    pub year: i32,
    pub indicators: Vec<IndicatorSeries>,
    /// Joint actions and preventive measures.
    pub initiatives: Vec<ReportInitiative>,
    /// The year's citizen promises, kept or not.
    pub citizen_promises: Vec<ReportInitiative>,
    /// The latest adopted picture before the year (the one the year's work builds on), then those
    /// whose period touches the year.
    pub situation_pictures: Vec<ReportSituationPicture>,
}
