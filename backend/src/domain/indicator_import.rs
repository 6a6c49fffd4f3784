//! Reading a CSV file of indicator values: the header names the columns, each row is checked
//! cell by cell, and every bad cell is named by its row (as a spreadsheet counts them: the header
//! is row 1) and its column. Separators `,` or `;`; decimal commas (`3,5`) and points (`3.5`);
//! spaces as thousands separators (`1 234,5`).

use std::collections::HashMap;

use uuid::Uuid;

use super::indicator::{Code, Period};
use super::text::{Line, Text};
use super::validation::{FieldCode, FieldError};

/// The most rows one import may hold.
pub const MAX_ROWS: usize = 50_000;
/// The most cell errors one answer names; beyond them it says how many more there were.
pub const MAX_ERRORS: usize = 200;

/// The columns of the file: the first four are required, the rest may be left out.
pub const COLUMNS: &[&str] = &["indicator_code", "area_id", "period", "value", "group", "n", "note"];
const REQUIRED: usize = 4;

/// One row of the file, each cell read.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportRow {
    /// The row in the file (the header is row 1).
    pub row: usize,
    pub indicator_code: String,
    pub area_id: Uuid,
    pub period: Period,
    /// Empty for the whole population.
    pub group: String,
    pub value: f64,
    pub n: Option<i32>,
    pub note: Option<String>,
}

/// Where a cell's error goes: `row[3].value`.
pub fn cell(row: usize, column: &str) -> String {
    format!("row[{row}].{column}")
}

/// Errors, at most [`MAX_ERRORS`] of them; the rest counted in one last error on the file.
#[derive(Debug, Default)]
pub struct CellErrors {
    errors: Vec<FieldError>,
    more: usize,
}

impl CellErrors {
    pub fn add(&mut self, field: String, code: FieldCode, message: impl Into<String>) {
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(FieldError::new(field, code, message));
        } else {
            self.more += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn finish(mut self) -> Result<(), Vec<FieldError>> {
        if self.more > 0 {
            self.errors.push(FieldError::new(
                "file",
                FieldCode::TooMany,
                format!("{} more errors are not listed; correct these and try again.", self.more),
            ));
        }
        if self.errors.is_empty() { Ok(()) } else { Err(self.errors) }
    }
}

/// A number as Swedish and English files write it: `-1 234,5`, `1234.5`, `−3`.
pub fn number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| match c {
            ',' => '.',
            '\u{2212}' => '-',
            c => c,
        })
        .collect();
    let shaped = !cleaned.is_empty()
        && cleaned.chars().filter(|c| *c == '.').count() <= 1
        && cleaned.trim_start_matches(['-', '+']).chars().all(|c| c.is_ascii_digit() || c == '.')
        && cleaned.chars().any(|c| c.is_ascii_digit());
    shaped.then(|| cleaned.parse::<f64>().ok()).flatten().filter(|v| v.is_finite())
}

/// Which separator the file uses: `;` when its header has one, else `,`.
fn separator(bytes: &[u8]) -> u8 {
    let header = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    if header.contains(&b';') { b';' } else { b',' }
}

/// The largest size a value may have either side of zero (as the API's own values).
pub const MAX_VALUE: f64 = 1e12;

/// Read the file into the rows that could be read and the errors of the cells that could not;
/// a file that cannot be read at all (not UTF-8, a bad header, more than [`MAX_ROWS`] rows, no
/// rows) is `Err`. What needs the database (does the code or area exist? is the same value
/// twice in the file?) is checked by the caller, who adds its errors to these.
pub fn parse(bytes: &[u8]) -> Result<(Vec<ImportRow>, CellErrors), Vec<FieldError>> {
    let file_error = |code, message: &str| vec![FieldError::new("file", code, message)];
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if std::str::from_utf8(bytes).is_err() {
        return Err(file_error(FieldCode::Invalid, "The file is not UTF-8 text (save it as CSV UTF-8)."));
    }
    let mut reader =
        csv::ReaderBuilder::new().delimiter(separator(bytes)).flexible(true).trim(csv::Trim::All).from_reader(bytes);
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(_) => return Err(file_error(FieldCode::Invalid, "The file's header row cannot be read.")),
    };
    let mut errors = CellErrors::default();
    let mut at: HashMap<&'static str, usize> = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.to_lowercase();
        match COLUMNS.iter().find(|c| **c == name) {
            Some(c) if at.contains_key(c) => {
                errors.add(cell(1, &name), FieldCode::Duplicate, format!("The column {name} is named twice."))
            }
            Some(c) => {
                at.insert(c, i);
            }
            None => errors.add(
                cell(1, &name),
                FieldCode::UnknownField,
                format!("Unknown column; the columns are {}.", COLUMNS.join(", ")),
            ),
        }
    }
    for c in &COLUMNS[..REQUIRED] {
        if !at.contains_key(c) {
            errors.add(cell(1, c), FieldCode::Required, format!("The header must name the column {c}."));
        }
    }
    if !errors.is_empty() {
        return Err(errors.finish().err().unwrap_or_default());
    }
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        if i >= MAX_ROWS {
            return Err(file_error(
                FieldCode::TooMany,
                &format!("At most {MAX_ROWS} rows per import; split the file."),
            ));
        }
        let record = match record {
            Ok(r) => r,
            Err(_) => {
                errors.add(cell(row, "file"), FieldCode::Invalid, "The row cannot be read (a quote left open?).");
                continue;
            }
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        let get = |c: &str| at.get(c).and_then(|i| record.get(*i)).unwrap_or("");
        if record.len() > header.len() {
            errors.add(
                cell(row, "file"),
                FieldCode::TooMany,
                format!("The row has {} cells; the header {}.", record.len(), header.len()),
            );
            continue;
        }
        let mut required = |c: &str| {
            let v = get(c);
            if v.is_empty() {
                errors.add(cell(row, c), FieldCode::Required, "This cell must not be empty.");
            }
            v
        };
        let (code, area, period, value) =
            (required("indicator_code"), required("area_id"), required("period"), required("value"));
        let code = (!code.is_empty())
            .then(|| match Code::new(code) {
                Ok(c) => Some(c.into_string()),
                Err((k, m)) => {
                    errors.add(cell(row, "indicator_code"), k, m);
                    None
                }
            })
            .flatten();
        let area = (!area.is_empty())
            .then(|| match Uuid::try_parse(area) {
                Ok(a) => Some(a),
                Err(_) => {
                    errors.add(cell(row, "area_id"), FieldCode::Invalid, "An area's id (a UUID).");
                    None
                }
            })
            .flatten();
        let period = (!period.is_empty())
            .then(|| match Period::parse(period) {
                Ok(p) => Some(p),
                Err((k, m)) => {
                    errors.add(cell(row, "period"), k, m);
                    None
                }
            })
            .flatten();
        let value = (!value.is_empty())
            .then(|| {
                let v = number(value);
                match v {
                    None => errors.add(cell(row, "value"), FieldCode::Invalid, "A number, e.g. 12,5 or 12.5."),
                    Some(v) if v.abs() > MAX_VALUE => {
                        errors.add(cell(row, "value"), FieldCode::OutOfRange, "A number between −10¹² and 10¹².")
                    }
                    _ => {}
                }
                v.filter(|v| v.abs() <= MAX_VALUE)
            })
            .flatten();
        let group = match Line::<100>::new(get("group")) {
            Ok(g) => g.into_string(),
            Err((k, m)) => {
                errors.add(cell(row, "group"), k, m);
                String::new()
            }
        };
        let n = match get("n") {
            "" => None,
            t => match t.replace([' ', '\u{a0}', '\u{202f}'], "").parse::<i32>() {
                Ok(n) if n >= 0 => Some(n),
                _ => {
                    errors.add(cell(row, "n"), FieldCode::Invalid, "The sample size: a whole number, 0 or more.");
                    None
                }
            },
        };
        let note = match Text::<500>::new(get("note")) {
            Ok(t) => Some(t.into_string()).filter(|t| !t.is_empty()),
            Err((k, m)) => {
                errors.add(cell(row, "note"), k, m);
                None
            }
        };
        if let (Some(indicator_code), Some(area_id), Some(period), Some(value)) = (code, area, period, value) {
            rows.push(ImportRow { row, indicator_code, area_id, period, group, value, n, note });
        }
    }
    if rows.is_empty() && errors.is_empty() {
        return Err(file_error(FieldCode::Required, "The file has no rows below its header."));
    }
    Ok((rows, errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREA: &str = "0196a000-0000-7000-8000-000000000001";

    /// The cell errors of file `f` (whose header is good).
    fn cells(f: &str) -> Vec<FieldError> {
        parse(f.as_bytes()).unwrap().1.finish().unwrap_err()
    }

    fn fields(e: &[FieldError]) -> Vec<(String, FieldCode)> {
        e.iter().map(|e| (e.field.clone(), e.code)).collect()
    }

    #[test]
    fn reads_commas_and_points_semicolons_and_commas() {
        let semi =
            format!("indicator_code;area_id;period;group;value;n;note\nUNSAFE;{AREA};2025;kvinnor;12,5;1 200;ok\n");
        let rows = parse(semi.as_bytes()).unwrap().0;
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].value, rows[0].n, rows[0].group.as_str(), rows[0].row), (12.5, Some(1200), "kvinnor", 2));
        let comma = format!(
            "\u{feff}Indicator_code,area_id,period,value\nUNSAFE,{AREA},2025-Q1,\"1 234,5\"\nUNSAFE,{AREA},2025-Q2,−3.25\n"
        );
        let rows = parse(comma.as_bytes()).unwrap().0;
        assert_eq!(rows.iter().map(|r| r.value).collect::<Vec<_>>(), [1234.5, -3.25]);
        assert_eq!(rows[1].period.to_string(), "2025-Q2");
    }

    #[test]
    fn the_sample_size_is_a_whole_number() {
        let f = format!("indicator_code;area_id;period;value;n\nA;{AREA};2025;1;12,5\nA;{AREA};2025;1;-1\n");
        assert_eq!(
            fields(&cells(&f)),
            [("row[2].n".to_string(), FieldCode::Invalid), ("row[3].n".to_string(), FieldCode::Invalid)]
        );
    }

    #[test]
    fn every_bad_cell_is_named() {
        let f =
            format!("indicator_code;area_id;period;value\n;{AREA};2025;1\nA;not-a-uuid;2025-Q5;x\nA;{AREA};2025;\n");
        let e = cells(&f);
        assert_eq!(
            fields(&e),
            [
                ("row[2].indicator_code".to_string(), FieldCode::Required),
                ("row[3].area_id".to_string(), FieldCode::Invalid),
                ("row[3].period".to_string(), FieldCode::Invalid),
                ("row[3].value".to_string(), FieldCode::Invalid),
                ("row[4].value".to_string(), FieldCode::Required),
            ]
        );
    }

    #[test]
    fn the_header_must_name_the_required_columns_once() {
        let e = parse(b"indicator_code;area;period;period\n").unwrap_err();
        assert_eq!(
            fields(&e),
            [
                ("row[1].area".to_string(), FieldCode::UnknownField),
                ("row[1].period".to_string(), FieldCode::Duplicate),
                ("row[1].area_id".to_string(), FieldCode::Required),
                ("row[1].value".to_string(), FieldCode::Required),
            ]
        );
        assert_eq!(
            fields(&parse(b"indicator_code,area_id,period,value\n").unwrap_err()),
            [("file".to_string(), FieldCode::Required)]
        );
        assert_eq!(fields(&parse(b"\xff\xfe").unwrap_err()), [("file".to_string(), FieldCode::Invalid)]);
    }

    #[test]
    fn errors_are_capped_and_counted() {
        let mut f = String::from("indicator_code;area_id;period;value\n");
        for _ in 0..(MAX_ERRORS + 5) {
            f.push_str("A;x;2025;1\n");
        }
        let e = cells(&f);
        assert_eq!(e.len(), MAX_ERRORS + 1);
        assert_eq!(e.last().unwrap().code, FieldCode::TooMany);
        assert!(e.last().unwrap().message.starts_with("5 more"));
    }

    #[test]
    fn values_beyond_a_trillion_are_refused() {
        let f = format!("indicator_code;area_id;period;value\nA;{AREA};2025;5000000000000000\n");
        assert_eq!(fields(&cells(&f)), [("row[2].value".to_string(), FieldCode::OutOfRange)]);
    }

    #[test]
    fn numbers_in_swedish_and_english() {
        assert_eq!(number("12,5"), Some(12.5));
        assert_eq!(number(" 1 234,5 "), Some(1234.5));
        assert_eq!(number("−2"), Some(-2.0));
        assert_eq!(number("1.2.3"), None);
        assert_eq!(number("NaN"), None);
        assert_eq!(number("inf"), None);
        assert_eq!(number("1e400"), None);
        assert_eq!(number("-"), None);
    }
}
