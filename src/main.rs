//! The wasm entry point Trunk builds: registers `<trial-booking>` so every
//! such element on the page (now or later) becomes a widget.

fn main() {
    trial_booking::define();
}
