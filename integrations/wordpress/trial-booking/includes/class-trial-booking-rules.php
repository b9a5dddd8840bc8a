<?php
/**
 * The key proxy's rules: the plugin's copy of deploy/proxy-rules.json, the one file that the
 * nginx proxy, the edge function and this plugin all follow.
 *
 * @package TrialBooking
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads proxy-rules.json once per request and answers questions about it.
 */
final class Trial_Booking_Rules {

	/**
	 * The rules, once read.
	 *
	 * @var array|null
	 */
	private static $rules = null;

	/**
	 * The rules, as proxy-rules.json says, through the `trial_booking_proxy_rules` filter
	 * (a host may tighten a limit or the timeout; the operations are best left alone).
	 *
	 * @return array
	 */
	public static function get() {
		if ( null === self::$rules ) {
			$json  = file_get_contents( TRIAL_BOOKING_DIR . 'proxy-rules.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
			$rules = is_string( $json ) ? json_decode( $json, true ) : null;
			if ( ! is_array( $rules ) || empty( $rules['operations'] ) ) {
				$rules = array(
					'operations' => array(),
					'errors'     => array(),
				);
			}
			/**
			 * Filters the proxy's rules (limits, timeouts, headers) after they are read.
			 *
			 * @param array $rules The decoded proxy-rules.json.
			 */
			self::$rules = apply_filters( 'trial_booking_proxy_rules', $rules );
		}
		return self::$rules;
	}

	/**
	 * Forgets the rules read (for tests that change the filter).
	 */
	public static function reset() {
		self::$rules = null;
	}

	/**
	 * The operation whose path template matches an Open API path exactly.
	 *
	 * @param string $path For example `/v1/trial-offers/config/12`.
	 * @return array|null The operation (`operationId`, `method`, `path`), or null.
	 */
	public static function operation_for_path( $path ) {
		$rules = self::get();
		$id    = isset( $rules['idPattern'] ) ? $rules['idPattern'] : '[0-9]{1,19}';
		foreach ( $rules['operations'] as $operation ) {
			$parts   = preg_split( '/\{[A-Za-z]+\}/', $operation['path'] );
			$quoted  = array_map(
				static function ( $part ) {
					return preg_quote( $part, '#' );
				},
				$parts
			);
			$pattern = '#^' . implode( $id, $quoted ) . '$#D';
			if ( preg_match( $pattern, $path ) ) {
				return $operation;
			}
		}
		return null;
	}

	/**
	 * A number from the rules, or the default when it is missing.
	 *
	 * @param string    $name     Top-level key, e.g. `maxBodyBytes`.
	 * @param int|float $fallback Used when the key is missing.
	 * @return int|float
	 */
	public static function number( $name, $fallback ) {
		$rules = self::get();
		return isset( $rules[ $name ] ) && is_numeric( $rules[ $name ] ) ? $rules[ $name ] + 0 : $fallback;
	}

	/**
	 * A list from the rules' `cors` section.
	 *
	 * @param string $name For example `allowHeaders`.
	 * @return array
	 */
	public static function cors( $name ) {
		$rules = self::get();
		return isset( $rules['cors'][ $name ] ) ? $rules['cors'][ $name ] : array();
	}

	/**
	 * The error body's code and message for an HTTP status.
	 *
	 * @param int $status For example 404.
	 * @return array `errorCode` and `errorMessage`.
	 */
	public static function error( $status ) {
		$rules = self::get();
		$key   = (string) $status;
		if ( isset( $rules['errors'][ $key ] ) ) {
			return $rules['errors'][ $key ];
		}
		return array(
			'errorCode'    => 'INTERNAL_ERROR',
			'errorMessage' => 'Internal proxy error.',
		);
	}
}
