//! Files the API hands out (a calendar, a document): their `Content-Disposition`.

use actix_web::http::header::{Charset, ContentDisposition, DispositionParam, DispositionType, ExtendedValue};

/// `name` as the file name of a download (RFC 6266): an ASCII stand-in in `filename` for old
/// clients, and the name itself in `filename*` when it is not ASCII.
pub fn attachment(disposition: DispositionType, name: &str) -> ContentDisposition {
    let ascii: String = name
        .chars()
        .map(|c| match c {
            'å' | 'ä' | 'à' | 'á' => 'a',
            'Å' | 'Ä' | 'À' | 'Á' => 'A',
            'ö' | 'ø' | 'ó' => 'o',
            'Ö' | 'Ø' | 'Ó' => 'O',
            'é' | 'è' | 'ë' => 'e',
            'É' | 'È' => 'E',
            'ü' => 'u',
            'Ü' => 'U',
            c if c.is_ascii_alphanumeric() || " -_.,()".contains(c) => c,
            _ => '_',
        })
        .collect();
    let mut parameters = vec![DispositionParam::Filename(ascii.trim().to_owned())];
    if !name.is_ascii() {
        parameters.push(DispositionParam::FilenameExt(ExtendedValue {
            charset: Charset::Ext("UTF-8".into()),
            language_tag: None,
            value: name.as_bytes().to_vec(),
        }));
    }
    ContentDisposition { disposition, parameters }
}

/// Whether `req` asks for CSV (`Accept: text/csv`), for the reports that come as both.
pub fn wants_csv(req: &actix_web::HttpRequest) -> bool {
    req.headers().get(actix_web::http::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| {
        v.split(',').any(|t| t.split(';').next().is_some_and(|t| t.trim().eq_ignore_ascii_case("text/csv")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_ascii_with_the_real_name_beside_them() {
        let d = attachment(DispositionType::Attachment, "Trygghetsråd Södermalm.pdf").to_string();
        assert!(d.starts_with("attachment; filename=\"Trygghetsrad Sodermalm.pdf\""), "{d}");
        assert!(d.contains("filename*=UTF-8''Trygghetsr%C3%A5d%20S%C3%B6dermalm.pdf"), "{d}");
        let plain = attachment(DispositionType::Inline, "Kallelse \"maj\".txt").to_string();
        assert_eq!(plain, "inline; filename=\"Kallelse _maj_.txt\"");
    }
}
