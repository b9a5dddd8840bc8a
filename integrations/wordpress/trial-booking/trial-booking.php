<?php
/**
 * Plugin Name:       Trial booking
 * Description:       Lets prospective members book a free trial session at a Magicline / PerfectGym studio: a block and a [trial_booking] shortcode, with WordPress itself as the Open API proxy that keeps the API key.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            trial-booking
 * License:           Proprietary (UNLICENSED)
 * Text Domain:       trial-booking
 * Domain Path:       /languages
 *
 * @package TrialBooking
 */

defined( 'ABSPATH' ) || exit;

/** The plugin's version: the same as the widget files it bundles in dist/. */
define( 'TRIAL_BOOKING_VERSION', '1.0.0' );
define( 'TRIAL_BOOKING_FILE', __FILE__ );
define( 'TRIAL_BOOKING_DIR', plugin_dir_path( __FILE__ ) );

require_once TRIAL_BOOKING_DIR . 'includes/class-trial-booking-rules.php';
require_once TRIAL_BOOKING_DIR . 'includes/class-trial-booking-settings.php';
require_once TRIAL_BOOKING_DIR . 'includes/class-trial-booking-proxy.php';
require_once TRIAL_BOOKING_DIR . 'includes/class-trial-booking-embed.php';
require_once TRIAL_BOOKING_DIR . 'includes/class-trial-booking-admin.php';

add_action( 'init', 'trial_booking_load_textdomain', 0 );
add_filter( 'load_textdomain_mofile', 'trial_booking_regional_mofile', 10, 2 );
add_filter( 'load_script_translation_file', 'trial_booking_regional_script_translations', 10, 3 );

/**
 * Loads the WordPress-side texts (settings page, block, popup button) in the site's language.
 */
function trial_booking_load_textdomain() {
	load_plugin_textdomain( 'trial-booking', false, dirname( plugin_basename( TRIAL_BOOKING_FILE ) ) . '/languages' );
}

/**
 * A regional locale without its own file (de_AT, es_MX, nl_BE, ...) gets its language's
 * file (de_DE, es_ES, nl_NL, ...): the plugin ships one file per language.
 *
 * @param string $mofile The .mo file WordPress looks for.
 * @param string $domain The text domain.
 * @return string The file to load.
 */
function trial_booking_regional_mofile( $mofile, $domain ) {
	if ( 'trial-booking' !== $domain || file_exists( $mofile ) ) {
		return $mofile;
	}
	if ( ! preg_match( '/^(.*trial-booking-)([a-z]{2,3})(_[A-Za-z_]+)?\.mo$/', $mofile, $m ) ) {
		return $mofile;
	}
	$candidates = glob( $m[1] . $m[2] . '_*.mo' );
	return $candidates ? $candidates[0] : $mofile;
}

/**
 * The same for the block editor script's translations (languages/trial-booking-LOCALE-HANDLE.json).
 *
 * @param string|false $file   The .json file WordPress looks for.
 * @param string       $handle The script's handle.
 * @param string       $domain The text domain.
 * @return string|false The file to load.
 */
function trial_booking_regional_script_translations( $file, $handle, $domain ) {
	if ( 'trial-booking' !== $domain || ! is_string( $file ) || file_exists( $file ) ) {
		return $file;
	}
	$suffix = '-' . $handle . '.json';
	if ( ! preg_match( '/^trial-booking-([a-z]{2,3})_[A-Za-z_]+' . preg_quote( $suffix, '/' ) . '$/', basename( $file ), $m ) ) {
		return $file;
	}
	$candidates = glob( dirname( $file ) . '/trial-booking-' . $m[1] . '_*' . $suffix );
	return $candidates ? $candidates[0] : $file;
}

Trial_Booking_Settings::register();
Trial_Booking_Proxy::register();
Trial_Booking_Embed::register();
Trial_Booking_Admin::register();

register_activation_hook( __FILE__, array( 'Trial_Booking_Settings', 'activate' ) );
