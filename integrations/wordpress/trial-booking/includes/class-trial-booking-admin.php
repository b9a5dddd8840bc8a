<?php
/**
 * Settings → Trial booking: the studio's settings and a live preview of the widget.
 *
 * @package TrialBooking
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page (capability `manage_options`; saved through options.php, which checks
 * the nonce of settings_fields()).
 */
final class Trial_Booking_Admin {

	const PAGE = 'trial-booking';

	/**
	 * The page's hook suffix, once added.
	 *
	 * @var string
	 */
	private static $hook = '';

	/**
	 * Hooks the page into the admin.
	 */
	public static function register() {
		add_action( 'admin_menu', array( __CLASS__, 'add_page' ) );
		add_action( 'admin_enqueue_scripts', array( __CLASS__, 'enqueue' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( TRIAL_BOOKING_FILE ), array( __CLASS__, 'action_links' ) );
	}

	/**
	 * Adds Settings → Trial booking.
	 */
	public static function add_page() {
		self::$hook = (string) add_options_page(
			__( 'Trial booking', 'trial-booking' ),
			__( 'Trial booking', 'trial-booking' ),
			'manage_options',
			self::PAGE,
			array( __CLASS__, 'render' )
		);
	}

	/**
	 * A "Settings" link on the Plugins screen.
	 *
	 * @param array $links The plugin's links.
	 * @return array
	 */
	public static function action_links( $links ) {
		$url = admin_url( 'options-general.php?page=' . self::PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'trial-booking' ) . '</a>' );
		return $links;
	}

	/**
	 * The page's script (the live preview) and the widget's loader, on this page only.
	 *
	 * @param string $hook The current admin page.
	 */
	public static function enqueue( $hook ) {
		if ( '' === self::$hook || $hook !== self::$hook ) {
			return;
		}
		Trial_Booking_Embed::enqueue();
		wp_enqueue_script( 'trial-booking-admin', plugins_url( 'assets/admin.js', TRIAL_BOOKING_FILE ), array(), TRIAL_BOOKING_VERSION, true );
		wp_enqueue_style( 'trial-booking-admin', plugins_url( 'assets/admin.css', TRIAL_BOOKING_FILE ), array(), TRIAL_BOOKING_VERSION );
	}

	/**
	 * The page.
	 */
	public static function render() {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'trial-booking' ) );
		}
		$settings = Trial_Booking_Settings::get();
		$name     = Trial_Booking_Settings::OPTION;
		echo '<div class="wrap trial-booking-settings">';
		echo '<h1>' . esc_html__( 'Trial booking', 'trial-booking' ) . '</h1>';
		echo '<div class="trial-booking-columns"><form method="post" action="options.php" class="trial-booking-form">';
		settings_fields( Trial_Booking_Settings::GROUP );

		echo '<h2>' . esc_html__( 'Studio', 'trial-booking' ) . '</h2><table class="form-table" role="presentation"><tbody>';
		self::row(
			'trial-booking-backend',
			__( 'Booking system', 'trial-booking' ),
			self::select(
				'trial-booking-backend',
				$name . '[backend]',
				$settings['backend'],
				array(
					'open-api' => __( 'Open API: trial offers (WordPress keeps the API key)', 'trial-booking' ),
					'connect'  => __( 'Connect API: trial sessions (public, no key)', 'trial-booking' ),
					'demo'     => __( 'Demo studio (for trying it out)', 'trial-booking' ),
				)
			),
			__( 'The demo studio is made up: choose your studio\'s booking system before the page goes live.', 'trial-booking' )
		);
		self::row(
			'trial-booking-open-api-url',
			__( 'Open API URL', 'trial-booking' ),
			self::input( 'url', 'trial-booking-open-api-url', $name . '[open_api_url]', $settings['open_api_url'], 'https://mystudio.open-api.magicline.com' ),
			__( 'Open API only. The browser never calls it: WordPress does, with the key.', 'trial-booking' ),
			'open-api'
		);
		self::row( 'trial-booking-api-key', __( 'API key', 'trial-booking' ), self::key_field(), '', 'open-api' );
		self::row(
			'trial-booking-connect-url',
			__( 'Tenant URL', 'trial-booking' ),
			self::input( 'url', 'trial-booking-connect-url', $name . '[connect_url]', $settings['connect_url'], 'https://mystudio.api.magicline.com' ),
			__( 'Connect API only.', 'trial-booking' ),
			'connect'
		);
		self::row(
			'trial-booking-studio-id',
			__( 'Studio id', 'trial-booking' ),
			self::input( 'text', 'trial-booking-studio-id', $name . '[studio_id]', $settings['studio_id'], '' ),
			__( 'Connect API only. Leave it empty to let the visitor choose a studio.', 'trial-booking' ),
			'connect'
		);
		self::row(
			'trial-booking-allowed-origins',
			__( 'Other allowed web sites', 'trial-booking' ),
			'<textarea id="trial-booking-allowed-origins" name="' . esc_attr( $name . '[allowed_origins]' ) . '" rows="3" class="large-text code">' . esc_textarea( implode( "\n", $settings['allowed_origins'] ) ) . '</textarea>',
			sprintf(
				/* translators: %s: this site's origin, e.g. https://www.studio.example */
				__( 'Open API only. This site (%s) may always use the proxy; list other sites that show the widget, one origin a line (https://www.studio.example). Requests from any other site are refused.', 'trial-booking' ),
				implode( ', ', array_slice( Trial_Booking_Settings::allowed_origins(), 0, 1 ) )
			),
			'open-api'
		);
		self::row( 'trial-booking-privacy-page', __( 'Privacy page', 'trial-booking' ), self::privacy_select( $settings ), __( 'Linked next to the consent checkbox. Default: the site\'s privacy policy page.', 'trial-booking' ) );
		echo '</tbody></table>';

		echo '<h2>' . esc_html__( 'Look and language', 'trial-booking' ) . '</h2><table class="form-table" role="presentation"><tbody>';
		self::row(
			'trial-booking-theme',
			__( 'Theme', 'trial-booking' ),
			self::select(
				'trial-booking-theme',
				$name . '[theme]',
				$settings['theme'],
				array(
					'light' => __( 'Light', 'trial-booking' ),
					'dark'  => __( 'Dark', 'trial-booking' ),
					'auto'  => __( 'As the visitor\'s system', 'trial-booking' ),
				)
			)
		);
		$color_labels = array(
			'accent'    => __( 'Brand colour (buttons, focus)', 'trial-booking' ),
			'on_accent' => __( 'Text on the brand colour', 'trial-booking' ),
			'text'      => __( 'Text colour', 'trial-booking' ),
			'surface'   => __( 'Background colour', 'trial-booking' ),
		);
		foreach ( Trial_Booking_Settings::COLORS as $color => $property ) {
			$id    = 'trial-booking-color-' . str_replace( '_', '-', $color );
			$input = '<input type="text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name . '[colors][' . $color . ']' ) . '" value="' . esc_attr( $settings['colors'][ $color ] ) . '" placeholder="#c2410c" pattern="#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?" class="trial-booking-color" data-property="' . esc_attr( $property ) . '">';
			self::row( $id, $color_labels[ $color ], $input, '' );
		}
		self::row(
			'trial-booking-language',
			__( 'Language', 'trial-booking' ),
			self::select( 'trial-booking-language', $name . '[language]', $settings['language'], self::language_choices() ),
			__( 'Default: the page\'s language, which is the site\'s.', 'trial-booking' )
		);
		self::row(
			'trial-booking-analytics',
			__( 'Analytics', 'trial-booking' ),
			self::select(
				'trial-booking-analytics',
				$name . '[analytics]',
				$settings['analytics'],
				array(
					'none'      => __( 'None', 'trial-booking' ),
					'datalayer' => __( 'Google Tag Manager (dataLayer events, no personal data)', 'trial-booking' ),
				)
			)
		);
		self::row(
			'trial-booking-loader',
			__( 'Widget files', 'trial-booking' ),
			self::select(
				'trial-booking-loader',
				$name . '[loader]',
				$settings['loader'],
				array(
					'bundled' => __( 'From this site (bundled with the plugin)', 'trial-booking' ),
					'cdn'     => __( 'From the jsDelivr CDN', 'trial-booking' ),
				)
			)
		);
		echo '</tbody></table>';
		submit_button();
		echo '</form>';
		self::preview( $settings );
		echo '</div></div>';
	}

	/**
	 * The live preview: the widget as the site's pages show it; the page's script changes
	 * its attributes as the form changes.
	 *
	 * @param array $settings The stored settings.
	 */
	private static function preview( array $settings ) {
		$attributes = Trial_Booking_Embed::site_attributes( $settings );
		echo '<section class="trial-booking-preview" aria-labelledby="trial-booking-preview-title" data-proxy-base="' . esc_attr( Trial_Booking_Proxy::api_base() ) . '">';
		echo '<h2 id="trial-booking-preview-title">' . esc_html__( 'Preview', 'trial-booking' ) . '</h2>';
		echo '<p class="description">' . esc_html__( 'Changes show here at once; the site\'s pages get them once saved. The Open API preview books through the saved URL and key.', 'trial-booking' ) . '</p>';
		echo '<trial-booking id="trial-booking-preview"';
		foreach ( $attributes as $attribute => $value ) {
			echo ' ' . esc_attr( $attribute ) . '="' . esc_attr( $value ) . '"';
		}
		echo '></trial-booking></section>';
	}

	/**
	 * The key field: always empty (write-only). Says where the key comes from.
	 *
	 * @return string
	 */
	private static function key_field() {
		$name = Trial_Booking_Settings::KEY_OPTION;
		if ( Trial_Booking_Settings::key_from_constant() ) {
			return '<p id="trial-booking-api-key">' . esc_html__( 'The key is set in wp-config.php (TRIAL_BOOKING_API_KEY); it wins over a key saved here.', 'trial-booking' ) . '</p>';
		}
		$state = Trial_Booking_Settings::stored_key_state();
		$html  = '<input type="password" id="trial-booking-api-key" name="' . esc_attr( $name . '[key]' ) . '" value="" autocomplete="new-password" spellcheck="false" class="regular-text">';
		if ( 'stored' === $state ) {
			$note = __( 'A key is saved. It is never shown again; enter a new one to replace it.', 'trial-booking' );
		} elseif ( 'unreadable' === $state ) {
			$note = __( 'The saved key can no longer be read (the site\'s secret keys in wp-config.php changed). Enter it again.', 'trial-booking' );
		} else {
			$note = __( 'No key is saved yet. Once saved it is never shown again, nor sent to a browser. You may instead define TRIAL_BOOKING_API_KEY in wp-config.php.', 'trial-booking' );
		}
		$html .= '<p class="description" id="trial-booking-api-key-state">' . esc_html( $note ) . '</p>';
		if ( 'none' !== $state ) {
			$html .= '<label><input type="checkbox" name="' . esc_attr( $name . '[remove]' ) . '" value="1"> ' . esc_html__( 'Remove the saved key', 'trial-booking' ) . '</label>';
		}
		return $html;
	}

	/**
	 * The privacy page picker: the site's published pages, each with its URL for the preview.
	 *
	 * @param array $settings The stored settings.
	 * @return string
	 */
	private static function privacy_select( array $settings ) {
		$default = (string) get_privacy_policy_url();
		$html    = '<select id="trial-booking-privacy-page" name="' . esc_attr( Trial_Booking_Settings::OPTION . '[privacy_page]' ) . '">';
		$html   .= '<option value="0" data-url="' . esc_url( $default ) . '">' . esc_html__( '— The site\'s privacy policy page —', 'trial-booking' ) . '</option>';
		$pages   = get_pages(
			array(
				'sort_column' => 'post_title',
				'post_status' => 'publish',
			)
		);
		foreach ( $pages as $page ) {
			$html .= '<option value="' . esc_attr( (string) $page->ID ) . '" data-url="' . esc_url( (string) get_permalink( $page ) ) . '"' . selected( (int) $settings['privacy_page'], $page->ID, false ) . '>' . esc_html( get_the_title( $page ) ) . '</option>';
		}
		return $html . '</select>';
	}

	/**
	 * The language choices: the page's (default) and the widget's 15, each in its own name.
	 *
	 * @return array
	 */
	private static function language_choices() {
		$names   = array(
			'cs' => 'Čeština',
			'de' => 'Deutsch',
			'en' => 'English',
			'es' => 'Español',
			'fr' => 'Français',
			'hu' => 'Magyar',
			'it' => 'Italiano',
			'nb' => 'Norsk bokmål',
			'nl' => 'Nederlands',
			'pl' => 'Polski',
			'ro' => 'Română',
			'ru' => 'Русский',
			'sl' => 'Slovenščina',
			'sv' => 'Svenska',
			'tr' => 'Türkçe',
		);
		$choices = array(
			'' => sprintf(
				/* translators: %s: the site's language tag, e.g. de-DE. */
				__( 'The page\'s language (%s)', 'trial-booking' ),
				// The site's locale, which visitors' pages have: not the administrator's own
				// (determine_locale() here), which may differ.
				str_replace( '_', '-', get_locale() )
			),
		);
		return array_merge( $choices, $names );
	}

	/**
	 * A `<select>`.
	 *
	 * @param string $id      Its id.
	 * @param string $name    Its name.
	 * @param string $current The selected value.
	 * @param array  $choices Value => label.
	 * @return string
	 */
	private static function select( $id, $name, $current, array $choices ) {
		$html = '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">';
		foreach ( $choices as $value => $label ) {
			$html .= '<option value="' . esc_attr( (string) $value ) . '"' . selected( (string) $current, (string) $value, false ) . '>' . esc_html( $label ) . '</option>';
		}
		return $html . '</select>';
	}

	/**
	 * An `<input>`.
	 *
	 * @param string $type        Its type.
	 * @param string $id          Its id.
	 * @param string $name        Its name.
	 * @param string $value       Its value.
	 * @param string $placeholder Its placeholder.
	 * @return string
	 */
	private static function input( $type, $id, $name, $value, $placeholder ) {
		return '<input type="' . esc_attr( $type ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '" placeholder="' . esc_attr( $placeholder ) . '" class="regular-text code">';
	}

	/**
	 * One row of a form table. `$control` is HTML built with the escaping functions above.
	 *
	 * @param string $id          The control's id (the label points at it).
	 * @param string $label       The label.
	 * @param string $control     The control's HTML (already escaped).
	 * @param string $description A description below it.
	 * @param string $backend     Shown for this backend only ('' for all).
	 */
	private static function row( $id, $label, $control, $description = '', $backend = '' ) {
		if ( '' === $backend ) {
			echo '<tr>';
		} else {
			echo '<tr data-backend="' . esc_attr( $backend ) . '">';
		}
		echo '<th scope="row"><label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label></th><td>';
		echo wp_kses( $control, self::allowed_control_html() );
		if ( '' !== $description ) {
			echo '<p class="description">' . esc_html( $description ) . '</p>';
		}
		echo '</td></tr>';
	}

	/**
	 * The HTML a form control may contain.
	 *
	 * @return array For wp_kses().
	 */
	private static function allowed_control_html() {
		$common = array(
			'id'    => true,
			'name'  => true,
			'class' => true,
		);
		return array(
			'input'    => $common + array(
				'type'          => true,
				'value'         => true,
				'placeholder'   => true,
				'pattern'       => true,
				'autocomplete'  => true,
				'spellcheck'    => true,
				'data-property' => true,
			),
			'select'   => $common,
			'option'   => array(
				'value'    => true,
				'selected' => true,
				'data-url' => true,
			),
			'textarea' => $common + array( 'rows' => true ),
			'p'        => $common,
			'label'    => array(),
		);
	}
}
