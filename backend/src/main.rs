use std::io::Read;
use std::net::TcpListener;

use clap::{Parser, Subcommand};
use samverkan::config::Config;
use samverkan::domain::role::Role;

#[derive(Parser)]
#[command(name = "samverkan", about = "Samverkan: safety councils and city–police cooperation", version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API and the web app (the default).
    Serve,
    /// Run the database migrations (schema and reference data).
    Migrate,
    /// Load data: `--demo` adds the Stockholm demo (idempotent).
    Seed {
        #[arg(long)]
        demo: bool,
    },
    /// Manage user accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Print the OpenAPI document (YAML).
    Openapi,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a user; the password is read from standard input.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, value_parser = ["admin", "coordinator", "member", "viewer"])]
        role: String,
        #[arg(long, default_value = "")]
        name: String,
        #[arg(long, required = true)]
        password_stdin: bool,
    },
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("SAMVERKAN_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let json = std::env::var("SAMVERKAN_LOG_FORMAT").is_ok_and(|f| f == "json");
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

fn fail(msg: impl std::fmt::Display) -> ! {
    eprintln!("samverkan: {msg}");
    std::process::exit(1);
}

#[actix_web::main]
async fn main() {
    let cli = Cli::parse();
    init_logging();
    let config = Config::from_env().unwrap_or_else(|e| fail(e));
    match cli.command.unwrap_or(Command::Serve) {
        Command::Openapi => {
            print!("{}", samverkan::api::openapi().to_yaml().unwrap_or_else(|e| fail(e)));
        }
        Command::Migrate => {
            std::fs::create_dir_all(&config.data_dir).unwrap_or_else(|e| fail(e));
            let db = samverkan::db::connect(&config.database_url).await.unwrap_or_else(|e| fail(e));
            samverkan::db::migrate(&db.write).await.unwrap_or_else(|e| fail(e));
            println!("migrations applied");
        }
        Command::Seed { demo } => {
            std::fs::create_dir_all(&config.data_dir).unwrap_or_else(|e| fail(e));
            let db = samverkan::db::connect(&config.database_url).await.unwrap_or_else(|e| fail(e));
            samverkan::db::migrate(&db.write).await.unwrap_or_else(|e| fail(e));
            if demo {
                match samverkan::seed::demo(&db.write).await.unwrap_or_else(|e| fail(e)) {
                    samverkan::seed::Demo::Loaded(s) => println!(
                        "demo loaded: {} users, {} organizations, {} councils, {} people, {} meetings, {} indicator values, {} initiatives, {} contact routes and {} inquiries added",
                        s.users_created,
                        s.organizations_created,
                        s.councils_created,
                        s.people_created,
                        s.meetings_created,
                        s.indicator_values_created,
                        s.initiatives_created,
                        s.contact_routes_created,
                        s.inquiries_created
                    ),
                    samverkan::seed::Demo::NotADemoDatabase { users } => println!(
                        "demo not loaded: this database has {users} users of its own, so the demo (and its logins) stays out"
                    ),
                }
            } else {
                println!("reference data is loaded by the migrations; use --demo for the demo");
            }
        }
        Command::User { command: UserCommand::Create { email, role, name, password_stdin: _ } } => {
            let mut password = String::new();
            std::io::stdin().read_to_string(&mut password).unwrap_or_else(|e| fail(e));
            let password = password.trim_end_matches(['\n', '\r']);
            std::fs::create_dir_all(&config.data_dir).unwrap_or_else(|e| fail(e));
            let db = samverkan::db::connect(&config.database_url).await.unwrap_or_else(|e| fail(e));
            samverkan::db::migrate(&db.write).await.unwrap_or_else(|e| fail(e));
            let role = Role::ALL.iter().copied().find(|r| r.as_str() == role).unwrap_or_else(|| fail("unknown role"));
            match samverkan::users::ensure(&db.write, &email, &name, role, password).await {
                Ok((u, true)) => println!("created user {} ({})", u.email, u.id),
                Ok((u, false)) => fail(format!("a user with e-mail {} already exists", u.email)),
                Err(samverkan::error::ApiError::Validation(errs)) => {
                    fail(errs.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; "))
                }
                Err(e) => fail(e),
            }
        }
        Command::Serve => {
            std::fs::create_dir_all(&config.data_dir).unwrap_or_else(|e| fail(e));
            let bind = config.bind.clone();
            let state = samverkan::app::state(config).await.unwrap_or_else(|e| fail(e));
            let listener = TcpListener::bind(&bind).unwrap_or_else(|e| fail(format!("{bind}: {e}")));
            let addr = listener.local_addr().map(|a| a.to_string()).unwrap_or(bind);
            tracing::info!(%addr, "Samverkan serving on http://{addr}");
            samverkan::jobs::spawn(state.clone());
            let server = samverkan::app::serve(state, listener).unwrap_or_else(|e| fail(e));
            server.await.unwrap_or_else(|e| fail(e));
        }
    }
}
