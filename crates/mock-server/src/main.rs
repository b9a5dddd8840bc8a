//! `cargo run -p mock-server -- [--port N] [--now RFC3339]`: serves the mock
//! APIs on 127.0.0.1 until stopped, printing its URL first. `--now` pins the
//! mock's clock (it runs on from there); without it, `TB_NOW` from the
//! environment does the same, and without either it is the system clock.

fn main() {
    let mut args = std::env::args().skip(1);
    let mut port = 0;
    let mut now = std::env::var("TB_NOW")
        .ok()
        .filter(|v| !v.trim().is_empty());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => {
                port = args
                    .next()
                    .and_then(|p| p.parse().ok())
                    .expect("--port takes a number")
            }
            "--now" => now = Some(args.next().expect("--now takes an RFC 3339 instant")),
            "--help" | "-h" => {
                println!("mock-server [--port N] [--now RFC3339]   (port 0 or none: a free port)");
                return;
            }
            other => panic!("unknown argument {other}"),
        }
    }
    let clock = match now.as_deref().map(mock_server::parse_instant) {
        Some(Ok(at)) => mock_server::MockClock::pinned(at),
        Some(Err(why)) => panic!("{why}"),
        None => mock_server::MockClock::default(),
    };
    let server =
        mock_server::MockServer::start_with_clock(port, clock).expect("start the mock server");
    println!("mock API listening on {}/", server.url());
    println!(
        "  Open API via proxy stand-in: {}/proxy   Connect: {}",
        server.url(),
        server.url()
    );
    // Serve until the process is stopped.
    loop {
        std::thread::park();
    }
}
