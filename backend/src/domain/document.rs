//! Documents' rules: which files are accepted (by what their bytes are, never by their name),
//! and what a file name may be.

use super::validation::{FieldCode, FieldError};

/// A kind of file a meeting's documents may be: its media type and the file name endings it goes by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileKind {
    pub media_type: &'static str,
    /// Lower case, without the dot; the first is the usual one.
    pub extensions: &'static [&'static str],
    /// What a person calls it, for messages.
    pub label: &'static str,
}

const fn kind(media_type: &'static str, extensions: &'static [&'static str], label: &'static str) -> FileKind {
    FileKind { media_type, extensions, label }
}

pub const PDF: FileKind = kind("application/pdf", &["pdf"], "a PDF document");
pub const PNG: FileKind = kind("image/png", &["png"], "a PNG image");
pub const JPEG: FileKind = kind("image/jpeg", &["jpg", "jpeg"], "a JPEG image");
pub const WEBP: FileKind = kind("image/webp", &["webp"], "a WebP image");
pub const DOCX: FileKind =
    kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", &["docx"], "a Word document");
pub const XLSX: FileKind =
    kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", &["xlsx"], "an Excel workbook");
pub const PPTX: FileKind = kind(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    &["pptx"],
    "a PowerPoint presentation",
);
pub const ODT: FileKind = kind("application/vnd.oasis.opendocument.text", &["odt"], "an OpenDocument text");
pub const ODS: FileKind =
    kind("application/vnd.oasis.opendocument.spreadsheet", &["ods"], "an OpenDocument spreadsheet");
pub const ODP: FileKind =
    kind("application/vnd.oasis.opendocument.presentation", &["odp"], "an OpenDocument presentation");
pub const TEXT: FileKind = kind("text/plain; charset=utf-8", &["txt", "csv", "md"], "a plain text file");

/// Every kind accepted, in the order they are tried: binary formats by their magic numbers
/// (the Office and OpenDocument ones by the ZIP entries that make them what they are), then
/// plain text.
pub const ACCEPTED: [FileKind; 11] = [PDF, PNG, JPEG, WEBP, DOCX, XLSX, PPTX, ODT, ODS, ODP, TEXT];

/// What `bytes` are, if they are something a meeting's documents may be. Plain text is UTF-8
/// without control characters other than tab, line breaks and form feed (so no executable,
/// archive or unknown binary passes as text).
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    type Test = fn(&[u8]) -> bool;
    let tests: [(Test, FileKind); 10] = [
        (infer::archive::is_pdf, PDF),
        (infer::image::is_png, PNG),
        (infer::image::is_jpeg, JPEG),
        (infer::image::is_webp, WEBP),
        (infer::doc::is_docx, DOCX),
        (infer::doc::is_xlsx, XLSX),
        (infer::doc::is_pptx, PPTX),
        (infer::odf::is_odt, ODT),
        (infer::odf::is_ods, ODS),
        (infer::odf::is_odp, ODP),
    ];
    if let Some((_, k)) = tests.iter().find(|(test, _)| test(bytes)) {
        return Some(*k);
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let plain = text.chars().all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\u{0C}'));
    plain.then_some(TEXT)
}

/// The accepted kinds, for a message: "PDF, PNG, …".
pub fn accepted_list() -> String {
    ACCEPTED.iter().map(|k| k.extensions[0].to_uppercase()).collect::<Vec<_>>().join(", ")
}

/// The most characters a file name has.
pub const MAX_FILE_NAME: usize = 200;

/// `name` as a stored file name: one line, no path (no `/` or `\`), not `.` or `..`, at most
/// [`MAX_FILE_NAME`] characters, ending in one of `kind`'s extensions (a name that says `.pdf` on
/// a PNG would mislead whoever opens it). Trimmed.
pub fn file_name(name: &str, kind: FileKind) -> Result<String, FieldError> {
    let bad = |message: String| FieldError::new("file_name", FieldCode::Invalid, message);
    let name = name.trim();
    if name.is_empty() {
        return Err(FieldError::new("file_name", FieldCode::Required, "Give the file's name."));
    }
    if name.chars().count() > MAX_FILE_NAME {
        return Err(FieldError::new("file_name", FieldCode::TooLong, format!("At most {MAX_FILE_NAME} characters.")));
    }
    if name.chars().any(|c| c.is_control() || c == '/' || c == '\\') || name == "." || name == ".." {
        return Err(bad("A file name, without a folder and without control characters.".into()));
    }
    let ending = name.rsplit_once('.').map(|(_, e)| e.to_lowercase()).unwrap_or_default();
    if !kind.extensions.contains(&ending.as_str()) {
        return Err(bad(format!(
            "The file is {}; its name should end in .{}.",
            kind.label,
            kind.extensions.join(" or .")
        )));
    }
    Ok(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bytes_decide_not_the_name() {
        assert_eq!(sniff(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), Some(PDF));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(PNG));
        assert_eq!(sniff("Dagordning\n§ 1 Öppnande\n".as_bytes()), Some(TEXT));
        // A Windows executable, an ELF binary, a ZIP archive and a NUL-laden blob are refused.
        assert_eq!(sniff(b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff"), None);
        assert_eq!(sniff(b"\x7fELF\x02\x01\x01\0"), None);
        assert_eq!(sniff(b"PK\x03\x04\x14\0\0\0\x08\0"), None);
        assert_eq!(sniff(b"hello\0world"), None);
        assert_eq!(sniff(b"\xff\xfe\xfd"), None);
    }

    #[test]
    fn a_file_name_has_no_path_and_the_content_s_ending() {
        assert_eq!(file_name("  Kallelse maj.pdf ", PDF).unwrap(), "Kallelse maj.pdf");
        assert_eq!(file_name("Bild.JPEG", JPEG).unwrap(), "Bild.JPEG");
        assert!(file_name("bild.pdf", PNG).is_err());
        assert!(file_name("../../etc/passwd.txt", TEXT).is_err());
        assert!(file_name("C:\\temp\\a.txt", TEXT).is_err());
        assert!(file_name("a\u{0}.txt", TEXT).is_err());
        assert!(file_name("", TEXT).is_err());
        assert!(file_name(&format!("{}.txt", "a".repeat(200)), TEXT).is_err());
        assert!(file_name("noending", TEXT).is_err());
    }
}
