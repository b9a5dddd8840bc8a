use super::{EmptyState, StepIndicator};
use crate::config::WidgetConfig;
use crate::flow::Step;
use crate::i18n::{I18n, Key};
use leptos::prelude::*;

/// The widget's frame: heading, step indicator and the current step's content.
#[component]
pub fn Widget(config: WidgetConfig, i18n: I18n) -> impl IntoView {
    provide_context(i18n);
    let heading = config
        .heading
        .unwrap_or_else(|| i18n.t(Key::WidgetHeading).to_string());
    view! {
        <section class="tb-widget" part="widget" aria-labelledby="tb-heading" lang=i18n.lang.code()>
            <h2 class="tb-widget__heading" id="tb-heading" part="heading">{heading}</h2>
            <StepIndicator current=Step::Offer/>
            <div class="tb-widget__body" part="body">
                <EmptyState/>
            </div>
        </section>
    }
}
