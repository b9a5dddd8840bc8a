//! `cargo run -p mock-server -- [--port N]`: serves the mock APIs on
//! 127.0.0.1 until stopped, printing its URL first.

fn main() {
    let mut args = std::env::args().skip(1);
    let mut port = 0;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => {
                port = args
                    .next()
                    .and_then(|p| p.parse().ok())
                    .expect("--port takes a number")
            }
            "--help" | "-h" => {
                println!("mock-server [--port N]   (0 or none: a free port)");
                return;
            }
            other => panic!("unknown argument {other}"),
        }
    }
    let server = mock_server::MockServer::start(port).expect("start the mock server");
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
