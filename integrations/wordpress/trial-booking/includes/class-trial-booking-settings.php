<?php
/**
 * The plugin's settings: stored, sanitised and read. The API key is kept apart, encrypted
 * with the site's own secret keys, and never leaves the server.
 *
 * @package TrialBooking
 */

defined( 'ABSPATH' ) || exit;

/**
 * Options `trial_booking_settings` (everything a page may know) and `trial_booking_api_key`
 * (the Open API key; write-only from the settings page).
 */
final class Trial_Booking_Settings {

	const OPTION     = 'trial_booking_settings';
	const KEY_OPTION = 'trial_booking_api_key';
	const GROUP      = 'trial_booking';
	/** The wp-config.php constant that wins over the stored key. */
	const KEY_CONSTANT = 'TRIAL_BOOKING_API_KEY';
	/** Marks a stored key as encrypted by this plugin (version 1). */
	const KEY_PREFIX = 'tbk1:';

	/** The widget's 15 languages (the Open API's). */
	const LANGUAGES = array( 'cs', 'de', 'en', 'es', 'fr', 'hu', 'it', 'nb', 'nl', 'pl', 'ro', 'ru', 'sl', 'sv', 'tr' );
	const BACKENDS  = array( 'open-api', 'connect', 'demo' );
	const THEMES    = array( 'light', 'dark', 'auto' );
	/** Brand colours: setting name => the widget's custom property. */
	const COLORS = array(
		'accent'    => '--tb-color-accent',
		'on_accent' => '--tb-color-on-accent',
		'text'      => '--tb-color-text',
		'surface'   => '--tb-color-surface',
	);

	/**
	 * Hooks the settings into WordPress.
	 */
	public static function register() {
		add_action( 'admin_init', array( __CLASS__, 'register_settings' ) );
	}

	/**
	 * On activation: the key's option exists from the start and is never autoloaded.
	 */
	public static function activate() {
		add_option( self::KEY_OPTION, '', '', 'no' );
	}

	/**
	 * Registers both options with the Settings API (options.php checks the nonce and the
	 * `manage_options` capability before either sanitiser runs).
	 */
	public static function register_settings() {
		register_setting(
			self::GROUP,
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => self::defaults(),
				'show_in_rest'      => false,
			)
		);
		register_setting(
			self::GROUP,
			self::KEY_OPTION,
			array(
				'type'              => 'string',
				'sanitize_callback' => array( __CLASS__, 'sanitize_api_key' ),
				// No 'default': with one, update_option() takes the stored '' for a missing
				// option and re-adds it, autoloaded.
				'show_in_rest'      => false,
			)
		);
	}

	/**
	 * The settings of a fresh install: the demo studio, so that the preview shows a widget at once.
	 *
	 * @return array
	 */
	public static function defaults() {
		return array(
			'backend'         => 'demo',
			'open_api_url'    => '',
			'connect_url'     => '',
			'studio_id'       => '',
			'allowed_origins' => array(),
			'privacy_page'    => 0,
			'theme'           => 'light',
			'colors'          => array_fill_keys( array_keys( self::COLORS ), '' ),
			'language'        => '',
			'analytics'       => 'none',
			'loader'          => 'bundled',
		);
	}

	/**
	 * The stored settings, completed with the defaults.
	 *
	 * @return array
	 */
	public static function get() {
		$stored   = get_option( self::OPTION, array() );
		$defaults = self::defaults();
		$settings = is_array( $stored ) ? array_merge( $defaults, array_intersect_key( $stored, $defaults ) ) : $defaults;
		if ( ! is_array( $settings['colors'] ) ) {
			$settings['colors'] = $defaults['colors'];
		}
		$settings['colors'] = array_merge( $defaults['colors'], array_intersect_key( $settings['colors'], $defaults['colors'] ) );
		if ( ! is_array( $settings['allowed_origins'] ) ) {
			$settings['allowed_origins'] = array();
		}
		return $settings;
	}

	/**
	 * Sanitises the settings form. Each bad value is named in a settings error and the stored
	 * value is kept for it.
	 *
	 * @param mixed $input What the form sent (already checked for nonce and capability).
	 * @return array
	 */
	public static function sanitize( $input ) {
		$old = self::get();
		if ( ! is_array( $input ) ) {
			return $old;
		}
		$input = wp_unslash( $input );
		$out   = $old;

		$out['backend']   = self::pick( $input, 'backend', self::BACKENDS, $old['backend'] );
		$out['theme']     = self::pick( $input, 'theme', self::THEMES, $old['theme'] );
		$out['language']  = self::pick( $input, 'language', array_merge( array( '' ), self::LANGUAGES ), $old['language'] );
		$out['analytics'] = self::pick( $input, 'analytics', array( 'none', 'datalayer' ), $old['analytics'] );
		$out['loader']    = self::pick( $input, 'loader', array( 'bundled', 'cdn' ), $old['loader'] );

		foreach ( array( 'open_api_url', 'connect_url' ) as $field ) {
			if ( ! isset( $input[ $field ] ) ) {
				continue;
			}
			$url = self::api_url( (string) $input[ $field ] );
			if ( null === $url ) {
				add_settings_error(
					self::OPTION,
					$field,
					sprintf(
						/* translators: %s: the URL that was entered. */
						__( 'Not saved: "%s" is not an https:// address.', 'trial-booking' ),
						sanitize_text_field( (string) $input[ $field ] )
					)
				);
				continue;
			}
			$out[ $field ] = $url;
		}

		if ( isset( $input['studio_id'] ) ) {
			$studio = trim( sanitize_text_field( (string) $input['studio_id'] ) );
			if ( '' === $studio || preg_match( '/^[0-9]{1,19}$/D', $studio ) ) {
				$out['studio_id'] = $studio;
			} else {
				add_settings_error( self::OPTION, 'studio_id', __( 'Not saved: the studio id is a number.', 'trial-booking' ) );
			}
		}

		if ( isset( $input['allowed_origins'] ) ) {
			$origins = array();
			$bad     = array();
			// The form sends text; the second pass of a first save (add_option) sends the list.
			$given = is_array( $input['allowed_origins'] ) ? implode( "\n", array_map( 'strval', $input['allowed_origins'] ) ) : (string) $input['allowed_origins'];
			foreach ( preg_split( '/[\s,]+/', $given, -1, PREG_SPLIT_NO_EMPTY ) as $line ) {
				$origin = self::origin( $line );
				if ( null === $origin ) {
					$bad[] = sanitize_text_field( $line );
				} elseif ( ! in_array( $origin, $origins, true ) ) {
					$origins[] = $origin;
				}
			}
			if ( $bad ) {
				add_settings_error(
					self::OPTION,
					'allowed_origins',
					sprintf(
						/* translators: %s: the entries that are not origins, comma-separated. */
						__( 'Not saved: these are not origins like https://www.studio.example: %s', 'trial-booking' ),
						implode( ', ', $bad )
					)
				);
			} else {
				$out['allowed_origins'] = $origins;
			}
		}

		if ( isset( $input['privacy_page'] ) ) {
			$page                = absint( $input['privacy_page'] );
			$out['privacy_page'] = ( $page && 'page' === get_post_type( $page ) ) ? $page : 0;
		}

		if ( isset( $input['colors'] ) && is_array( $input['colors'] ) ) {
			foreach ( array_keys( self::COLORS ) as $name ) {
				$value = isset( $input['colors'][ $name ] ) ? trim( (string) $input['colors'][ $name ] ) : '';
				$color = '' === $value ? '' : sanitize_hex_color( $value );
				if ( null === $color ) {
					add_settings_error(
						self::OPTION,
						'color_' . $name,
						sprintf(
							/* translators: %s: the colour that was entered. */
							__( 'Not saved: "%s" is not a colour like #c2410c.', 'trial-booking' ),
							sanitize_text_field( $value )
						)
					);
					continue;
				}
				$out['colors'][ $name ] = (string) $color;
			}
		}

		return $out;
	}

	/**
	 * Sanitises the key field. An empty field keeps the stored key; "remove" removes it; a
	 * new key is stored encrypted. Runs twice on the very first save (add_option sanitises
	 * again), so an already encrypted value passes unchanged.
	 *
	 * @param mixed $input `array( 'key' => string, 'remove' => '1' )` from the form, or the stored value.
	 * @return string The value to store.
	 */
	public static function sanitize_api_key( $input ) {
		$stored = (string) get_option( self::KEY_OPTION, '' );
		if ( is_string( $input ) && 0 === strpos( $input, self::KEY_PREFIX ) ) {
			return $input;
		}
		if ( ! is_array( $input ) ) {
			return $stored;
		}
		if ( ! empty( $input['remove'] ) ) {
			return '';
		}
		$key = isset( $input['key'] ) ? trim( (string) wp_unslash( $input['key'] ) ) : '';
		if ( '' === $key ) {
			return $stored;
		}
		if ( ! preg_match( '/^[\x21-\x7e]{8,512}$/D', $key ) ) {
			add_settings_error( self::KEY_OPTION, 'api_key', __( 'Not saved: an API key is 8 to 512 visible characters without spaces.', 'trial-booking' ) );
			return $stored;
		}
		$sealed = self::seal( $key );
		if ( null === $sealed ) {
			add_settings_error( self::KEY_OPTION, 'api_key', __( 'Not saved: this server cannot encrypt the key (PHP sodium is missing). Define TRIAL_BOOKING_API_KEY in wp-config.php instead.', 'trial-booking' ) );
			return $stored;
		}
		return $sealed;
	}

	/**
	 * The Open API key: the wp-config.php constant if defined, else the stored key,
	 * through the `trial_booking_api_key` filter (for keys kept elsewhere).
	 *
	 * @return string The key, or '' when there is none.
	 */
	public static function api_key() {
		$key = self::key_from_constant() ? (string) constant( self::KEY_CONSTANT ) : (string) self::unseal( (string) get_option( self::KEY_OPTION, '' ) );
		/**
		 * Filters the Open API key the proxy adds (never shown, never sent to a browser).
		 *
		 * @param string $key The key from wp-config.php or the settings page; '' if none.
		 */
		return (string) apply_filters( 'trial_booking_api_key', $key );
	}

	/**
	 * Whether wp-config.php defines the key (it then wins over the stored one).
	 *
	 * @return bool
	 */
	public static function key_from_constant() {
		return defined( self::KEY_CONSTANT ) && '' !== (string) constant( self::KEY_CONSTANT );
	}

	/**
	 * What the settings page may say about the stored key: 'none', 'stored' or 'unreadable'
	 * (the site's secret keys changed since it was saved).
	 *
	 * @return string
	 */
	public static function stored_key_state() {
		$stored = (string) get_option( self::KEY_OPTION, '' );
		if ( '' === $stored ) {
			return 'none';
		}
		return null === self::unseal( $stored ) ? 'unreadable' : 'stored';
	}

	/**
	 * Origins allowed to call the proxy from a browser: the site's own and the listed ones.
	 *
	 * @return string[]
	 */
	public static function allowed_origins() {
		$origins = array();
		foreach ( array( home_url(), site_url() ) as $url ) {
			$origin = self::origin( $url );
			if ( null !== $origin ) {
				$origins[] = $origin;
			}
		}
		return array_values( array_unique( array_merge( $origins, self::get()['allowed_origins'] ) ) );
	}

	/**
	 * `scheme://host[:port]` of a URL (its path is left out), lower-cased, or null if it is
	 * not an http(s) URL.
	 *
	 * @param string $url For example `https://www.studio.example/trial` or `http://127.0.0.1:8080`.
	 * @return string|null
	 */
	public static function origin( $url ) {
		$parts = wp_parse_url( trim( $url ) );
		if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) || isset( $parts['user'] ) ) {
			return null;
		}
		$scheme = strtolower( $parts['scheme'] );
		if ( ! in_array( $scheme, array( 'http', 'https' ), true ) ) {
			return null;
		}
		$origin = $scheme . '://' . strtolower( $parts['host'] );
		if ( isset( $parts['port'] ) ) {
			$origin .= ':' . (int) $parts['port'];
		}
		return $origin;
	}

	/**
	 * An API's base URL without a trailing slash: https://, or http:// on this machine only
	 * (as the widget allows). '' stays ''. Null when it is not acceptable.
	 *
	 * @param string $url What was entered.
	 * @return string|null
	 */
	public static function api_url( $url ) {
		$url = trim( $url );
		if ( '' === $url ) {
			return '';
		}
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) || isset( $parts['query'] ) || isset( $parts['fragment'] ) || isset( $parts['user'] ) ) {
			return null;
		}
		$scheme = strtolower( $parts['scheme'] );
		$local  = in_array( strtolower( $parts['host'] ), array( 'localhost', '127.0.0.1', '[::1]' ), true );
		if ( 'https' !== $scheme && ! ( 'http' === $scheme && $local ) ) {
			return null;
		}
		$clean = esc_url_raw( $url, array( 'http', 'https' ) );
		return '' === $clean ? null : untrailingslashit( $clean );
	}

	/**
	 * The site's privacy page: the one chosen here, else WordPress's own privacy policy page.
	 *
	 * @return string URL, or '' if there is none.
	 */
	public static function privacy_url() {
		$page = (int) self::get()['privacy_page'];
		if ( $page && 'publish' === get_post_status( $page ) ) {
			return (string) get_permalink( $page );
		}
		return (string) get_privacy_policy_url();
	}

	/**
	 * One of the allowed values of a field, else the old value.
	 *
	 * @param array  $input    The form's values.
	 * @param string $field    The field.
	 * @param array  $allowed  Allowed values.
	 * @param string $fallback The old value.
	 * @return string
	 */
	private static function pick( array $input, $field, array $allowed, $fallback ) {
		if ( ! isset( $input[ $field ] ) ) {
			return $fallback;
		}
		$value = sanitize_key( (string) $input[ $field ] );
		return in_array( $value, $allowed, true ) ? $value : $fallback;
	}

	/**
	 * The secret the stored key is encrypted with: derived from the site's AUTH_KEY and
	 * AUTH_SALT (wp-config.php), so a copy of the database alone does not give the key away.
	 *
	 * @return string 32 bytes.
	 */
	private static function secret() {
		return sodium_crypto_generichash( 'trial-booking api key|' . wp_salt( 'auth' ), '', SODIUM_CRYPTO_SECRETBOX_KEYBYTES );
	}

	/**
	 * Encrypts a key for storage.
	 *
	 * @param string $key The API key.
	 * @return string|null
	 */
	private static function seal( $key ) {
		if ( ! function_exists( 'sodium_crypto_secretbox' ) ) {
			return null;
		}
		$nonce = random_bytes( SODIUM_CRYPTO_SECRETBOX_NONCEBYTES );
		return self::KEY_PREFIX . base64_encode( $nonce . sodium_crypto_secretbox( $key, $nonce, self::secret() ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- binary ciphertext in a text option.
	}

	/**
	 * Decrypts a stored key.
	 *
	 * @param string $stored The option's value.
	 * @return string|null The key ('' if none stored); null if it cannot be read.
	 */
	private static function unseal( $stored ) {
		if ( '' === $stored ) {
			return '';
		}
		if ( 0 !== strpos( $stored, self::KEY_PREFIX ) || ! function_exists( 'sodium_crypto_secretbox_open' ) ) {
			return null;
		}
		$raw = base64_decode( substr( $stored, strlen( self::KEY_PREFIX ) ), true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- see seal().
		if ( false === $raw || strlen( $raw ) <= SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ) {
			return null;
		}
		$key = sodium_crypto_secretbox_open( substr( $raw, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ), substr( $raw, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ), self::secret() );
		return false === $key ? null : $key;
	}
}
