<?php
/**
 * The widget on a page: the [trial_booking] shortcode and the block, the loader script
 * (a module) and the brand colours' stylesheet, added only to pages that show the widget.
 *
 * @package TrialBooking
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders `<trial-booking>` elements and enqueues what they need.
 */
final class Trial_Booking_Embed {

	const SCRIPT = 'trial-booking';
	const STYLE  = 'trial-booking-brand';
	/** The loader on the public CDNs (the npm package `trial-booking`, major version 1). */
	const CDN_LOADER = 'https://cdn.jsdelivr.net/npm/trial-booking@1/dist/trial-booking.js';

	/**
	 * Widgets rendered on this page so far (their ids are trial-booking-1, -2, ...).
	 *
	 * @var int
	 */
	private static $count = 0;

	/**
	 * Hooks the shortcode, the block and the assets into WordPress.
	 */
	public static function register() {
		add_action( 'init', array( __CLASS__, 'register_assets' ) );
		add_action( 'init', array( __CLASS__, 'register_block' ) );
		add_shortcode( 'trial_booking', array( __CLASS__, 'shortcode' ) );
		add_filter( 'script_loader_tag', array( __CLASS__, 'module_tag' ), 10, 2 );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'enqueue' ) );
	}

	/**
	 * The loader's URL: the bundled dist/ of this plugin (the same version), or the CDN.
	 *
	 * @return string
	 */
	public static function loader_url() {
		if ( 'cdn' === Trial_Booking_Settings::get()['loader'] ) {
			/**
			 * Filters the loader's CDN URL.
			 *
			 * @param string $url The jsDelivr URL of the npm package's loader.
			 */
			return (string) apply_filters( 'trial_booking_cdn_loader', self::CDN_LOADER );
		}
		return plugins_url( 'dist/trial-booking.js', TRIAL_BOOKING_FILE );
	}

	/**
	 * Registers the loader (in the footer; made a module by module_tag()) and the brand
	 * colours' stylesheet. Nothing is enqueued here.
	 */
	public static function register_assets() {
		$cdn = 'cdn' === Trial_Booking_Settings::get()['loader'];
		// The bundled loader carries the plugin's version, so an update is fetched anew;
		// the files it loads have content hashes in their names.
		wp_register_script( self::SCRIPT, self::loader_url(), array(), $cdn ? null : TRIAL_BOOKING_VERSION, true );
		$css = self::brand_stylesheet_url();
		if ( null !== $css ) {
			wp_register_style( self::STYLE, $css, array(), null );
		}
	}

	/**
	 * Enqueues the loader and the brand colours (on a page with a widget, and in the editor).
	 */
	public static function enqueue() {
		wp_enqueue_script( self::SCRIPT );
		if ( wp_style_is( self::STYLE, 'registered' ) ) {
			wp_enqueue_style( self::STYLE );
		}
	}

	/**
	 * WordPress before 6.5 has no script modules: the loader's tag gets `type="module"`.
	 *
	 * @param string $tag    The script tag.
	 * @param string $handle The script's handle.
	 * @return string
	 */
	public static function module_tag( $tag, $handle ) {
		if ( self::SCRIPT !== $handle ) {
			return $tag;
		}
		$tag = preg_replace( '/\s+type=(["\'])[^"\']*\1/', '', $tag );
		return (string) preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
	}

	/**
	 * Registers the block (blocks/trial-booking/block.json) with its server-side rendering,
	 * which the editor shows through ServerSideRender: the live widget.
	 */
	public static function register_block() {
		$type = register_block_type(
			TRIAL_BOOKING_DIR . 'blocks/trial-booking',
			array( 'render_callback' => array( __CLASS__, 'render_block' ) )
		);
		if ( $type && ! empty( $type->editor_script ) ) {
			wp_set_script_translations( $type->editor_script, 'trial-booking', TRIAL_BOOKING_DIR . 'languages' );
		}
	}

	/**
	 * The block's HTML.
	 *
	 * @param array $attributes The block's attributes (block.json).
	 * @return string
	 */
	public static function render_block( $attributes ) {
		$attributes = is_array( $attributes ) ? $attributes : array();
		return self::render(
			array(
				'offer_id'        => isset( $attributes['offerId'] ) ? $attributes['offerId'] : '',
				'offer_category'  => isset( $attributes['offerCategory'] ) ? $attributes['offerCategory'] : '',
				'display'         => isset( $attributes['display'] ) ? $attributes['display'] : 'inline',
				'floating_button' => ! empty( $attributes['floatingButton'] ),
				'heading'         => isset( $attributes['heading'] ) ? $attributes['heading'] : '',
			),
			get_block_wrapper_attributes()
		);
	}

	/**
	 * `[trial_booking offer_id="12" offer_category="Yoga" display="popup" floating_button="yes" heading="..."]`
	 *
	 * @param array|string $atts The shortcode's attributes.
	 * @return string
	 */
	public static function shortcode( $atts ) {
		$atts = shortcode_atts(
			array(
				'offer_id'        => '',
				'offer_category'  => '',
				'display'         => 'inline',
				'floating_button' => 'no',
				'heading'         => '',
			),
			is_array( $atts ) ? $atts : array(),
			'trial_booking'
		);
		$atts['floating_button'] = in_array( strtolower( (string) $atts['floating_button'] ), array( '1', 'yes', 'true', 'on' ), true );
		return self::render( $atts, '' );
	}

	/**
	 * The widget's element, with the site's settings and this page's attributes, and the
	 * assets it needs enqueued.
	 *
	 * @param array  $page    offer_id, offer_category, display, floating_button, heading.
	 * @param string $wrapper The block's wrapper attributes ('' for the shortcode).
	 * @return string
	 */
	public static function render( array $page, $wrapper ) {
		self::enqueue();
		$id         = 'trial-booking-' . ( ++self::$count );
		$attributes = array_merge( array( 'id' => $id ), self::site_attributes(), self::page_attributes( $page ) );
		$html       = '<trial-booking';
		foreach ( $attributes as $name => $value ) {
			$html .= true === $value ? ' ' . esc_attr( $name ) : ' ' . esc_attr( $name ) . '="' . esc_attr( $value ) . '"';
		}
		$html .= '></trial-booking>';
		if ( 'popup' === $attributes['display'] && ! isset( $attributes['floating-button'] ) ) {
			// A popup without the floating button opens from this button.
			$label = '' !== $page['heading'] ? (string) $page['heading'] : __( 'Book a free trial session', 'trial-booking' );
			$html  = '<button type="button" class="wp-element-button trial-booking-open" data-trial-booking-open="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</button>' . $html;
		}
		return '' === $wrapper ? $html : '<div ' . $wrapper . '>' . $html . '</div>';
	}

	/**
	 * The attributes every widget on the site shares (settings page).
	 *
	 * @param array|null $settings The settings (default: the stored ones).
	 * @return array Attribute => value (true: a boolean attribute).
	 */
	public static function site_attributes( $settings = null ) {
		$settings   = null === $settings ? Trial_Booking_Settings::get() : $settings;
		$attributes = array( 'backend' => $settings['backend'] );
		if ( 'open-api' === $settings['backend'] ) {
			$attributes['api-base'] = Trial_Booking_Proxy::api_base();
		} elseif ( 'connect' === $settings['backend'] ) {
			$attributes['api-base'] = $settings['connect_url'];
			if ( '' !== $settings['studio_id'] ) {
				$attributes['studio-id'] = $settings['studio_id'];
			}
		}
		$privacy = Trial_Booking_Settings::privacy_url();
		if ( '' !== $privacy ) {
			$attributes['privacy-url'] = $privacy;
		}
		if ( 'light' !== $settings['theme'] ) {
			$attributes['theme'] = $settings['theme'];
		}
		// No language set: the widget follows the page's `lang`, which is the site's locale.
		if ( '' !== $settings['language'] ) {
			$attributes['lang'] = $settings['language'];
		}
		if ( 'datalayer' === $settings['analytics'] ) {
			$attributes['analytics'] = 'datalayer';
		}
		return $attributes;
	}

	/**
	 * The attributes of one page's widget (shortcode or block), cleaned.
	 *
	 * @param array $page offer_id, offer_category, display, floating_button, heading.
	 * @return array
	 */
	private static function page_attributes( array $page ) {
		$attributes = array( 'display' => 'popup' === $page['display'] ? 'popup' : 'inline' );
		$offer      = trim( (string) $page['offer_id'] );
		if ( preg_match( '/^[0-9]{1,19}$/D', $offer ) ) {
			$attributes['offer-id'] = $offer;
		}
		$category = sanitize_text_field( (string) $page['offer_category'] );
		if ( '' !== $category ) {
			$attributes['offer-category'] = $category;
		}
		if ( 'popup' === $attributes['display'] && ! empty( $page['floating_button'] ) ) {
			$attributes['floating-button'] = true;
		}
		$heading = sanitize_text_field( (string) $page['heading'] );
		if ( '' !== $heading ) {
			$attributes['heading'] = $heading;
		}
		return $attributes;
	}

	/**
	 * The brand colours as CSS for `<trial-booking>` (the widget's --tb-* custom properties).
	 *
	 * @param array|null $settings The settings (default: the stored ones).
	 * @return string '' when no colour is set.
	 */
	public static function brand_css( $settings = null ) {
		$settings = null === $settings ? Trial_Booking_Settings::get() : $settings;
		$rules    = array();
		foreach ( Trial_Booking_Settings::COLORS as $name => $property ) {
			$color = sanitize_hex_color( (string) $settings['colors'][ $name ] );
			if ( $color ) {
				$rules[] = $property . ':' . $color;
			}
		}
		return $rules ? 'trial-booking{' . implode( ';', $rules ) . "}\n" : '';
	}

	/**
	 * The brand colours' stylesheet in the uploads folder, written once per set of colours
	 * (its name carries the content's hash): a file, not an inline style, so that pages with
	 * a strict Content-Security-Policy keep working.
	 *
	 * @return string|null Its URL, or null when no colour is set or it cannot be written.
	 */
	public static function brand_stylesheet_url() {
		$css = self::brand_css();
		if ( '' === $css ) {
			return null;
		}
		$uploads = wp_upload_dir( null, false );
		if ( ! empty( $uploads['error'] ) ) {
			return null;
		}
		$name = 'brand-' . substr( md5( $css ), 0, 12 ) . '.css';
		$dir  = trailingslashit( $uploads['basedir'] ) . 'trial-booking';
		$file = $dir . '/' . $name;
		if ( ! file_exists( $file ) ) {
			global $wp_filesystem;
			require_once ABSPATH . 'wp-admin/includes/file.php';
			if ( ! WP_Filesystem() || ! wp_mkdir_p( $dir ) ) {
				return null;
			}
			foreach ( (array) glob( $dir . '/brand-*.css' ) as $old ) {
				wp_delete_file( $old );
			}
			if ( ! $wp_filesystem->put_contents( $file, $css, FS_CHMOD_FILE ) ) {
				return null;
			}
		}
		return trailingslashit( $uploads['baseurl'] ) . 'trial-booking/' . $name;
	}
}
