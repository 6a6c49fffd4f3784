//! Domain rules as plain functions, testable without HTTP or a database.

pub mod cadence;
pub mod contact;
pub mod orgnr;
pub mod terms;
pub mod text;
