//! User accounts: created from the command line (and by the demo seed).

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::auth::password;
use crate::domain::role::Role;
use crate::entities::user::{self, Entity as User};
use crate::error::{ApiError, FieldCode, FieldError};

pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub fn validate(email: &str, pw: &str) -> Result<(), ApiError> {
    let mut errors = vec![];
    if !crate::domain::contact::is_email(&normalize_email(email)) {
        errors.push(FieldError::new("email", FieldCode::Invalid, "Not a valid e-mail address."));
    }
    if pw.chars().count() < password::MIN_LENGTH {
        errors.push(FieldError::new(
            "password",
            FieldCode::TooShort,
            format!("Passwords have at least {} characters.", password::MIN_LENGTH),
        ));
    }
    if errors.is_empty() { Ok(()) } else { Err(ApiError::Validation(errors)) }
}

pub async fn find_by_email(db: &impl ConnectionTrait, email: &str) -> Result<Option<user::Model>, ApiError> {
    Ok(User::find().filter(user::Column::Email.eq(normalize_email(email))).one(db).await?)
}

/// Create a user, or return the existing one with this e-mail address unchanged.
pub async fn ensure(
    db: &impl ConnectionTrait,
    email: &str,
    display_name: &str,
    role: Role,
    pw: &str,
) -> Result<(user::Model, bool), ApiError> {
    validate(email, pw)?;
    if let Some(existing) = find_by_email(db, email).await? {
        return Ok((existing, false));
    }
    let hash = password::hash(pw.to_owned()).await?;
    let t = crate::db::now();
    let email = normalize_email(email);
    let display = if display_name.trim().is_empty() { email.clone() } else { display_name.trim().to_owned() };
    let model = user::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        email: Set(email),
        display_name: Set(display),
        role: Set(role),
        password_hash: Set(hash),
        person_id: Set(None),
    }
    .insert(db)
    .await?;
    Ok((model, true))
}
