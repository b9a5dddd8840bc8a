<?php
/**
 * The Open API key proxy inside WordPress: the REST route /wp-json/trial-booking/v1/...,
 * with the same rules as deploy/nginx/ and the edge function (deploy/proxy-rules.json).
 *
 * @package TrialBooking
 */

defined( 'ABSPATH' ) || exit;

/**
 * An answer of the proxy: the status, exactly these headers, and the body as bytes (the
 * upstream's JSON is passed on as it came, never decoded and encoded again).
 */
final class Trial_Booking_Proxy_Response extends WP_REST_Response {

	/**
	 * The body, sent as it is.
	 *
	 * @var string
	 */
	public $raw_body;

	/**
	 * Every header of the answer (nothing else is sent).
	 *
	 * @var array
	 */
	public $proxy_headers;

	/**
	 * An answer.
	 *
	 * @param int    $status  HTTP status.
	 * @param string $body    Body bytes.
	 * @param array  $headers Header name => value.
	 */
	public function __construct( $status, $body, array $headers ) {
		// The data stays an empty array so that core's response filters (e.g. `_fields`) have nothing to do.
		parent::__construct( array(), $status );
		$this->raw_body      = $body;
		$this->proxy_headers = $headers;
	}
}

/**
 * Everything under the REST route `/trial-booking` is the proxy's. It answers every method
 * and path there itself, before core's own handling (OPTIONS, HEAD as GET, `rest_no_route`,
 * core's permissive CORS), so that only the 12 trial-offer operations ever reach the API.
 */
final class Trial_Booking_Proxy {

	/** The REST route prefix the proxy owns. */
	const ROUTE = '/trial-booking';
	/** The REST namespace of the operations. */
	const REST_NAMESPACE = 'trial-booking/v1';

	/**
	 * Hooks the proxy into WordPress.
	 */
	public static function register() {
		add_action( 'parse_request', array( __CLASS__, 'route_without_permalinks' ), 0 );
		// After core's own REST filters (rest_api_default_filters, priority 10), so that they can be taken off.
		add_action( 'rest_api_init', array( __CLASS__, 'take_over_route' ), 100 );
		add_action( 'rest_api_init', array( __CLASS__, 'register_routes' ) );
		add_filter( 'rest_pre_dispatch', array( __CLASS__, 'pre_dispatch' ), 0, 3 );
		add_filter( 'rest_pre_serve_request', array( __CLASS__, 'serve' ), 0, 2 );
		add_action( 'http_api_curl', array( __CLASS__, 'connect_timeout' ), 10, 2 );
	}

	/**
	 * The widget's `api-base`: the path of the route on this site (the widget appends
	 * `/v1/trial-offers/...`). With pretty permalinks `/wp-json/trial-booking`; without them
	 * `/index.php/wp-json/trial-booking` (an `api-base` may not carry a query string such as
	 * `?rest_route=`), which route_without_permalinks() hands to the REST API.
	 *
	 * @return string
	 */
	public static function api_base() {
		if ( get_option( 'permalink_structure' ) ) {
			$url = rest_url( ltrim( self::ROUTE, '/' ) );
		} else {
			$url = home_url( '/index.php/' . rest_get_url_prefix() . self::ROUTE );
		}
		return untrailingslashit( (string) wp_parse_url( $url, PHP_URL_PATH ) );
	}

	/**
	 * Without pretty permalinks WordPress reads the REST route only from `?rest_route=`; a
	 * request for /index.php/wp-json/trial-booking/... (the route as PATH_INFO) is routed here.
	 *
	 * @param WP $wp The request being parsed.
	 */
	public static function route_without_permalinks( $wp ) {
		if ( get_option( 'permalink_structure' ) || ! empty( $wp->query_vars['rest_route'] ) ) {
			return;
		}
		$path_info = self::server( 'PATH_INFO' );
		$prefix    = '/' . rest_get_url_prefix();
		$route     = substr( $path_info, strlen( $prefix ) );
		if ( 0 === strpos( $path_info, $prefix . '/' ) && self::is_ours( $route ) ) {
			$wp->query_vars['rest_route'] = $route;
		}
	}

	/**
	 * On a request for the proxy's route, core's REST conveniences and its CORS do not
	 * apply: `_envelope` and `_jsonp` would rewrap the proxy's answers, `_method` and
	 * X-HTTP-Method-Override would change the method, and core's CORS answers any origin
	 * with credentials. Nor does a login: a WordPress login cookie with a stale nonce, or
	 * wrong application-password credentials, would have core answer in the proxy's place
	 * (with core's CORS headers); the route acts for nobody's account, so it answers itself.
	 */
	public static function take_over_route() {
		if ( ! defined( 'REST_REQUEST' ) || empty( $GLOBALS['wp']->query_vars['rest_route'] ) ) {
			return;
		}
		if ( ! self::is_ours( untrailingslashit( (string) $GLOBALS['wp']->query_vars['rest_route'] ) ) ) {
			return;
		}
		unset( $_GET['_envelope'], $_GET['_jsonp'], $_GET['_method'], $_SERVER['HTTP_X_HTTP_METHOD_OVERRIDE'] );
		remove_filter( 'rest_pre_serve_request', 'rest_send_cors_headers' );
		add_filter( 'rest_authentication_errors', array( __CLASS__, 'act_for_nobody' ), PHP_INT_MAX );
	}

	/**
	 * On the proxy's route, no login counts, nor does a failed one: the request is anonymous.
	 *
	 * @return true No authentication error.
	 */
	public static function act_for_nobody() {
		wp_set_current_user( 0 );
		return true;
	}

	/**
	 * The 12 operations, as one REST route (listed in /wp-json/ like any other). Requests
	 * reach handle() through pre_dispatch() first, whatever their method.
	 */
	public static function register_routes() {
		register_rest_route(
			self::REST_NAMESPACE,
			'/trial-offers/(?P<operation>[a-z0-9/-]+)',
			array(
				'methods'             => 'GET, POST',
				'callback'            => array( __CLASS__, 'handle' ),
				'permission_callback' => '__return_true',
			)
		);
	}

	/**
	 * Answers every request under the proxy's route before core matches it to a handler.
	 *
	 * @param mixed           $result  Null, or an answer another filter gave.
	 * @param WP_REST_Server  $server  The server.
	 * @param WP_REST_Request $request The request.
	 * @return mixed
	 */
	public static function pre_dispatch( $result, $server, $request ) {
		if ( null !== $result || ! self::is_ours( $request->get_route() ) ) {
			return $result;
		}
		return self::handle( $request );
	}

	/**
	 * Sends a proxy answer with exactly its own headers: whatever core or other plugins set
	 * for the REST API before (CORS, Link, caching, cookies) is removed.
	 *
	 * @param bool             $served Whether the answer was sent already.
	 * @param WP_HTTP_Response $result The answer.
	 * @return bool
	 */
	public static function serve( $served, $result ) {
		if ( $served || ! $result instanceof Trial_Booking_Proxy_Response ) {
			return $served;
		}
		header_remove();
		foreach ( $result->proxy_headers as $name => $value ) {
			header( $name . ': ' . $value );
		}
		if ( 'HEAD' !== self::server( 'REQUEST_METHOD' ) ) {
			echo $result->raw_body; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the API's JSON (application/json, nosniff), passed on byte for byte.
		}
		return true;
	}

	/**
	 * Sets the connect timeout of the proxy's own upstream requests.
	 *
	 * @param resource|CurlHandle $handle The cURL handle.
	 * @param array               $args   The request's arguments.
	 */
	public static function connect_timeout( $handle, $args ) {
		if ( ! empty( $args['trial_booking_proxy'] ) ) {
			curl_setopt( $handle, CURLOPT_CONNECTTIMEOUT, (int) Trial_Booking_Rules::number( 'connectTimeoutSeconds', 5 ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.curl_curl_setopt -- the documented http_api_curl hook; WordPress's HTTP API has no connect timeout.
		}
	}

	/**
	 * One request to the proxy, from its origin to the API's answer. The checks come in the
	 * rules' order (proxy-rules.json): the URI (414), each header line (431), the operation
	 * (404), an Origin that is sent but not allowed (403), the preflight (204), the method
	 * (405), the rate limit (429) and the body (413). (A Transfer-Encoding other than chunked
	 * never reaches PHP: the web server refuses it, or decodes a chunked body.) Every answer
	 * to an allowed origin carries CORS, errors too.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return Trial_Booking_Proxy_Response
	 */
	public static function handle( $request ) {
		$trace   = str_replace( '-', '', wp_generate_uuid4() );
		$origin  = $request->get_header( 'origin' );
		$allowed = null !== $origin && in_array( $origin, Trial_Booking_Settings::allowed_origins(), true ) ? $origin : null;
		$uri     = self::raw( 'REQUEST_URI' );
		if ( null === $uri || null === self::raw( 'QUERY_STRING' ) ) {
			return self::error( 400, $trace, $allowed );
		}
		if ( strlen( $uri ) > Trial_Booking_Rules::number( 'maxUriBytes', 8192 ) ) {
			return self::error( 414, $trace, $allowed );
		}
		if ( self::has_oversized_header( $request ) ) {
			return self::error( 431, $trace, $allowed );
		}

		$route     = $request->get_route();
		$api_path  = (string) substr( $route, strlen( self::ROUTE ) );
		$operation = self::as_sent( $route ) ? Trial_Booking_Rules::operation_for_path( $api_path ) : null;
		$settings  = Trial_Booking_Settings::get();
		if ( null === $operation || 'open-api' !== $settings['backend'] ) {
			return self::error( 404, $trace, $allowed );
		}
		if ( null !== $origin && null === $allowed ) {
			// Any other site's page could make its visitors book: refused before the API.
			return self::error( 403, $trace, null );
		}
		$method = $request->get_method();
		if ( 'OPTIONS' === $method ) {
			return self::answer( 204, '', array(), $allowed, true );
		}
		if ( $operation['method'] !== $method ) {
			return self::error( 405, $trace, $allowed, array( 'Allow' => $operation['method'] . ', OPTIONS' ) );
		}
		$wait = self::rate_limit_wait();
		if ( $wait > 0 ) {
			return self::error( 429, $trace, $allowed, array( 'Retry-After' => (string) $wait ) );
		}
		$body   = 'POST' === $method ? (string) $request->get_body() : '';
		$length = $request->get_header( 'content_length' );
		$max    = Trial_Booking_Rules::number( 'maxBodyBytes', 16384 );
		if ( strlen( $body ) > $max || ( null !== $length && (int) $length > $max ) ) {
			return self::error( 413, $trace, $allowed );
		}

		$upstream = $settings['open_api_url'];
		$key      = Trial_Booking_Settings::api_key();
		if ( '' === $upstream || '' === $key ) {
			self::log( sprintf( '%s: no Open API URL or key is set (trace %s)', $operation['operationId'], $trace ) );
			return self::error( 503, $trace, $allowed );
		}
		return self::forward( $operation, $upstream . $api_path, $method, $body, $request, $key, $trace, $allowed );
	}

	/**
	 * Whether a header line (name, ": " and value) is longer than the rules' maxHeaderBytes.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return bool
	 */
	private static function has_oversized_header( $request ) {
		$max = Trial_Booking_Rules::number( 'maxHeaderBytes', 8192 );
		foreach ( $request->get_headers() as $name => $values ) {
			foreach ( (array) $values as $value ) {
				if ( strlen( $name ) + 2 + strlen( (string) $value ) > $max ) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Sends the operation to the API with the key and passes its answer on.
	 *
	 * @param array           $operation The operation of proxy-rules.json.
	 * @param string          $url       The API's URL for it, without query.
	 * @param string          $method    GET or POST.
	 * @param string          $body      The request body (POST).
	 * @param WP_REST_Request $request   The request.
	 * @param string          $key       The API key.
	 * @param string          $trace     The trace id of this request.
	 * @param string|null     $allowed   The allowed origin, or null.
	 * @return Trial_Booking_Proxy_Response
	 */
	private static function forward( array $operation, $url, $method, $body, $request, $key, $trace, $allowed ) {
		$query = self::forwarded_query();
		$rules = Trial_Booking_Rules::get();
		// Only the listed headers travel: no cookie, Referer, Origin or client key.
		$headers = array();
		$names   = isset( $rules['forwardRequestHeaders'] ) ? $rules['forwardRequestHeaders'] : array();
		foreach ( $names as $name ) {
			$value = $request->get_header( $name );
			if ( null !== $value && '' !== $value ) {
				$headers[ $name ] = $value;
			}
		}
		// WordPress's cURL transport sends the API's own URL as Referer; a blank header keeps it out.
		$headers['Referer']   = '';
		$headers['X-API-KEY'] = $key;
		$args                 = array(
			'method'              => $method,
			'headers'             => $headers,
			'timeout'             => (float) Trial_Booking_Rules::number( 'upstreamTimeoutSeconds', 10 ),
			'redirection'         => 0,
			'user-agent'          => 'trial-booking-wordpress/' . TRIAL_BOOKING_VERSION,
			'trial_booking_proxy' => true,
		);
		if ( 'POST' === $method ) {
			$args['body'] = $body;
		}
		$started  = microtime( true );
		$response = wp_remote_request( $url . ( '' === $query ? '' : '?' . $query ), $args );
		if ( is_wp_error( $response ) ) {
			$timed_out = (bool) preg_match( '/cURL error 28|timed out/i', $response->get_error_message() );
			self::log( sprintf( '%s: the API %s after %d ms (trace %s)', $operation['operationId'], $timed_out ? 'did not answer in time' : 'could not be reached', (int) ( 1000 * ( microtime( true ) - $started ) ), $trace ) );
			return self::error( $timed_out ? 504 : 502, $trace, $allowed );
		}
		$status = (int) wp_remote_retrieve_response_code( $response );
		$answer = (string) wp_remote_retrieve_body( $response );
		if ( $status < 200 || $status > 599 ) {
			return self::error( 502, $trace, $allowed );
		}
		if ( false !== strpos( $answer, $key ) ) {
			// An API that echoes the request's headers would hand the key to the browser.
			self::log( sprintf( '%s: the API\'s answer contained the key and was withheld (trace %s)', $operation['operationId'], $trace ) );
			return self::error( 502, $trace, $allowed );
		}
		// Only the rules' forwardResponseHeaders come back, and none whose value holds the key.
		$headers = array();
		$names   = isset( $rules['forwardResponseHeaders'] ) ? $rules['forwardResponseHeaders'] : array();
		foreach ( $names as $name ) {
			$value = wp_remote_retrieve_header( $response, $name );
			$value = is_array( $value ) ? implode( ', ', $value ) : (string) $value;
			if ( '' !== $value && false === strpos( $value, $key ) ) {
				$headers[ $name ] = $value;
			}
		}
		/**
		 * Fires after the proxy passed on an answer of the API (for a site's own metrics;
		 * nothing here identifies the visitor).
		 *
		 * @param string $operation_id The operation, e.g. `createLeadCustomer`.
		 * @param int    $status       The API's status.
		 * @param float  $seconds      How long the API took.
		 */
		do_action( 'trial_booking_proxy_answered', $operation['operationId'], $status, microtime( true ) - $started );
		return self::answer( $status, $answer, $headers, $allowed );
	}

	/**
	 * An answer with the proxy's headers (and CORS for an allowed origin).
	 *
	 * @param int         $status    HTTP status.
	 * @param string      $body      Body.
	 * @param array       $headers   Headers of this answer.
	 * @param string|null $allowed   The allowed origin, or null.
	 * @param bool        $preflight Whether this answers a CORS preflight.
	 * @return Trial_Booking_Proxy_Response
	 */
	private static function answer( $status, $body, array $headers, $allowed, $preflight = false ) {
		$rules = Trial_Booking_Rules::get();
		if ( null !== $allowed ) {
			$headers['Access-Control-Allow-Origin']   = $allowed;
			$headers['Access-Control-Expose-Headers'] = implode( ', ', Trial_Booking_Rules::cors( 'exposeHeaders' ) );
			if ( $preflight ) {
				$headers['Access-Control-Allow-Methods'] = implode( ', ', Trial_Booking_Rules::cors( 'allowMethods' ) );
				$headers['Access-Control-Allow-Headers'] = implode( ', ', Trial_Booking_Rules::cors( 'allowHeaders' ) );
				$headers['Access-Control-Max-Age']       = (string) Trial_Booking_Rules::cors( 'maxAgeSeconds' );
			}
		}
		$fixed = isset( $rules['answerHeaders'] ) ? $rules['answerHeaders'] : array();
		return new Trial_Booking_Proxy_Response( $status, $body, array_merge( $headers, $fixed ) );
	}

	/**
	 * An error in the Open API's shape: `{errorMessage, errorCode, traceId}`.
	 *
	 * @param int         $status  HTTP status.
	 * @param string      $trace   Trace id.
	 * @param string|null $allowed The allowed origin, or null (no CORS headers).
	 * @param array       $headers More headers (Allow, Retry-After).
	 * @return Trial_Booking_Proxy_Response
	 */
	private static function error( $status, $trace, $allowed, array $headers = array() ) {
		$error = Trial_Booking_Rules::error( $status );
		$body  = wp_json_encode(
			array(
				'errorMessage' => $error['errorMessage'],
				'errorCode'    => $error['errorCode'],
				'traceId'      => $trace,
			)
		);
		$headers['Content-Type'] = 'application/json';
		return self::answer( $status, $body . "\n", $headers, $allowed );
	}

	/**
	 * The per-client rate limit (proxy-rules.json `rateLimit`): a token bucket of `burst`
	 * requests refilled at `perSecond`, kept in a transient (the object cache when the site
	 * has one). Under concurrent requests it may let a few more through; it is a brake, not
	 * an exact count.
	 *
	 * @return int Seconds to wait (Retry-After), or 0 if the request may go.
	 */
	private static function rate_limit_wait() {
		$rules = Trial_Booking_Rules::get();
		$limit = isset( $rules['rateLimit'] ) ? $rules['rateLimit'] : array();
		$rate  = isset( $limit['perSecond'] ) ? (float) $limit['perSecond'] : 10.0;
		$burst = isset( $limit['burst'] ) ? (int) $limit['burst'] : 40;
		$retry = isset( $limit['retryAfterSeconds'] ) ? (int) $limit['retryAfterSeconds'] : 2;
		if ( $rate <= 0 ) {
			return 0;
		}
		$client = self::client_address();
		// One bucket per client and limit; the address itself is not stored.
		$name     = 'trial_booking_rl_' . substr( hash_hmac( 'sha256', $client . '|' . $rate . '|' . $burst, wp_salt( 'nonce' ) ), 0, 32 );
		$interval = 1.0 / $rate;
		$now      = microtime( true );
		$due      = (float) get_transient( $name );
		$due      = max( $due, $now );
		if ( $due - $now > $burst * $interval + 1e-6 ) {
			return max( 1, $retry );
		}
		set_transient( $name, (string) ( $due + $interval ), (int) ceil( $due + $interval - $now ) + 1 );
		return 0;
	}

	/**
	 * The client's address for the rate limit: REMOTE_ADDR, through the
	 * `trial_booking_client_address` filter for sites behind a reverse proxy or CDN.
	 *
	 * @return string
	 */
	private static function client_address() {
		/**
		 * Filters the address the rate limit counts a request against.
		 *
		 * @param string $address REMOTE_ADDR.
		 */
		return (string) apply_filters( 'trial_booking_client_address', self::server( 'REMOTE_ADDR' ) );
	}

	/**
	 * The query string to forward: the client's, as sent, less WordPress's `rest_route`.
	 *
	 * @return string
	 */
	private static function forwarded_query() {
		$query = (string) self::raw( 'QUERY_STRING' );
		if ( '' === $query ) {
			return '';
		}
		$kept = array();
		foreach ( explode( '&', $query ) as $pair ) {
			if ( '' !== $pair && 0 !== strpos( $pair, 'rest_route=' ) ) {
				$kept[] = $pair;
			}
		}
		return implode( '&', $kept );
	}

	/**
	 * Whether the route is what the client sent, byte for byte: core decodes the route
	 * (`%31` becomes `1`, `%2F` a slash) and drops a trailing slash; the proxy takes only
	 * the plain spelling, as the nginx proxy does.
	 *
	 * @param string $route The route as core decoded it.
	 * @return bool
	 */
	private static function as_sent( $route ) {
		$path = (string) strtok( (string) self::raw( 'REQUEST_URI' ), '?' );
		if ( substr( $path, -strlen( $route ) ) === $route ) {
			return true;
		}
		// /?rest_route=/trial-booking/... (sites without pretty permalinks).
		foreach ( explode( '&', (string) self::raw( 'QUERY_STRING' ) ) as $pair ) {
			if ( 0 === strpos( $pair, 'rest_route=' ) ) {
				return rawurldecode( substr( $pair, strlen( 'rest_route=' ) ) ) === $route;
			}
		}
		return false;
	}

	/**
	 * Whether a REST route is the proxy's.
	 *
	 * @param string $route For example `/trial-booking/v1/trial-offers/config/1`.
	 * @return bool
	 */
	private static function is_ours( $route ) {
		return self::ROUTE === $route || 0 === strpos( $route, self::ROUTE . '/' );
	}

	/**
	 * A request value of $_SERVER as the client sent it (the request target, the query
	 * string): '' when missing, null unless it is visible ASCII only (then it is a bad request).
	 *
	 * @param string $name `REQUEST_URI` or `QUERY_STRING`.
	 * @return string|null
	 */
	private static function raw( $name ) {
		if ( ! isset( $_SERVER[ $name ] ) ) {
			return '';
		}
		$value = wp_unslash( $_SERVER[ $name ] ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- validated on the next line; forwarded byte for byte, as nginx forwards $args.
		return is_string( $value ) && preg_match( '/^[\x21-\x7e]*$/D', $value ) ? $value : null;
	}

	/**
	 * A request value of $_SERVER, unslashed and sanitised; '' when missing.
	 *
	 * @param string $name For example `REQUEST_URI`.
	 * @return string
	 */
	private static function server( $name ) {
		if ( ! isset( $_SERVER[ $name ] ) || ! is_string( $_SERVER[ $name ] ) ) {
			return '';
		}
		return sanitize_text_field( wp_unslash( $_SERVER[ $name ] ) );
	}

	/**
	 * One line in PHP's error log: the operation and what happened; never a key, body,
	 * query string or client address.
	 *
	 * @param string $message The line.
	 */
	private static function log( $message ) {
		error_log( 'trial-booking proxy: ' . $message ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- an operator needs to know the API is down.
	}
}
