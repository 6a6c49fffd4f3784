//! Domain rules as plain functions, testable without HTTP or a database.

pub mod orgnr;
pub mod text;
