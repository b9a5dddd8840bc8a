<?php
/**
 * Deleting the plugin removes what it stored: its settings, the API key, the rate limit's
 * transients and the brand colours' stylesheet. A key in wp-config.php stays there.
 *
 * @package TrialBooking
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Removes the plugin's data from the current site.
 */
function trial_booking_uninstall_site() {
	global $wpdb;
	delete_option( 'trial_booking_settings' );
	delete_option( 'trial_booking_api_key' );
	$like = $wpdb->esc_like( '_transient_trial_booking_' ) . '%';
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $like, $wpdb->esc_like( '_transient_timeout_trial_booking_' ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transients with a hashed name cannot be listed otherwise.
	$uploads = wp_upload_dir( null, false );
	if ( empty( $uploads['error'] ) ) {
		$dir = trailingslashit( $uploads['basedir'] ) . 'trial-booking';
		foreach ( (array) glob( $dir . '/brand-*.css' ) as $file ) {
			wp_delete_file( $file );
		}
		if ( is_dir( $dir ) ) {
			rmdir( $dir ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir -- an empty folder the plugin made.
		}
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $trial_booking_site ) {
		switch_to_blog( $trial_booking_site );
		trial_booking_uninstall_site();
		restore_current_blog();
	}
} else {
	trial_booking_uninstall_site();
}
