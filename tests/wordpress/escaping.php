<?php
/**
 * WordPress's escaping and sanitising rules, checked with PHP's own tokenizer: the part of
 * the WordPress Coding Standards (WordPress.Security.EscapeOutput and
 * ValidatedSanitizedInput) that matters most, because WPCS itself comes from Packagist,
 * which this project cannot reach. Usage: php escaping.php FILE...; prints one line per
 * finding and exits 1 if there is any. A line with `phpcs:ignore` and the rule's name is
 * exempt, as with WPCS (the comment must say why).
 *
 * - Output (echo, print): every operand joined by `.` is a string literal or a call of an
 *   escaping function.
 * - Input ($_GET, $_POST, $_REQUEST, $_COOKIE, $_SERVER, $_FILES): read only inside
 *   isset()/empty()/unset()/is_string() or a sanitize_*() call.
 */

const ESCAPERS = array(
	'esc_html', 'esc_attr', 'esc_url', 'esc_textarea', 'esc_js', 'esc_xml', 'esc_html__', 'esc_attr__',
	'esc_html_e', 'esc_attr_e', 'esc_html_x', 'esc_attr_x', 'wp_kses', 'wp_kses_post', 'absint', 'intval',
	'selected', 'checked', 'disabled', 'wp_json_encode',
);
const INPUT_OK = array( 'isset', 'empty', 'unset', 'is_string' );
const SUPERGLOBALS = array( '$_GET', '$_POST', '$_REQUEST', '$_COOKIE', '$_SERVER', '$_FILES' );

$findings = array();
foreach ( array_slice( $argv, 1 ) as $file ) {
	$source = file_get_contents( $file );
	$lines  = explode( "\n", $source );
	$tokens = array_values(
		array_filter(
			token_get_all( $source ),
			static function ( $t ) {
				return ! is_array( $t ) || ! in_array( $t[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true );
			}
		)
	);
	$line_of = static function ( $i ) use ( $tokens ) {
		for ( ; $i >= 0; $i-- ) {
			if ( is_array( $tokens[ $i ] ) ) {
				return $tokens[ $i ][2];
			}
		}
		return 0;
	};
	$exempt = static function ( $line, $rule ) use ( $lines ) {
		$text = $lines[ $line - 1 ] ?? '';
		return false !== strpos( $text, 'phpcs:ignore' ) && false !== strpos( $text, $rule );
	};
	$text_of = static function ( $t ) {
		return is_array( $t ) ? $t[1] : $t;
	};

	// Output.
	foreach ( $tokens as $i => $t ) {
		if ( ! is_array( $t ) || ! in_array( $t[0], array( T_ECHO, T_PRINT ), true ) ) {
			continue;
		}
		$line = $t[2];
		if ( $exempt( $line, 'EscapeOutput' ) ) {
			continue;
		}
		$parts = array( array() );
		$depth = 0;
		for ( $j = $i + 1; $j < count( $tokens ); $j++ ) {
			$s = $text_of( $tokens[ $j ] );
			if ( 0 === $depth && ( ';' === $s || ',' === $s ) ) {
				if ( ';' === $s ) {
					break;
				}
				$parts[] = array();
				continue;
			}
			if ( '(' === $s || '[' === $s ) {
				$depth++;
			} elseif ( ')' === $s || ']' === $s ) {
				$depth--;
			}
			if ( 0 === $depth && '.' === $s ) {
				$parts[] = array();
				continue;
			}
			$parts[ count( $parts ) - 1 ][] = $tokens[ $j ];
		}
		foreach ( $parts as $part ) {
			$first = $part[0] ?? null;
			$ok    = ( 1 === count( $part ) && is_array( $first ) && T_CONSTANT_ENCAPSED_STRING === $first[0] )
				|| ( is_array( $first ) && T_STRING === $first[0] && in_array( strtolower( $first[1] ), ESCAPERS, true ) && '(' === $text_of( $part[1] ?? '' ) && ')' === $text_of( end( $part ) ) );
			if ( ! $ok ) {
				$findings[] = sprintf( '%s:%d: output not escaped: %s', $file, $line, implode( '', array_map( $text_of, $part ) ) );
			}
		}
	}

	// Input.
	$stack = array();
	foreach ( $tokens as $i => $t ) {
		$s = $text_of( $t );
		if ( '(' === $s ) {
			$before  = $tokens[ $i - 1 ] ?? null;
			$stack[] = is_array( $before ) ? strtolower( $before[1] ) : '';
		} elseif ( ')' === $s ) {
			array_pop( $stack );
		} elseif ( is_array( $t ) && T_VARIABLE === $t[0] && in_array( $t[1], SUPERGLOBALS, true ) ) {
			$ok = (bool) array_filter(
				$stack,
				static function ( $name ) {
					return in_array( $name, INPUT_OK, true ) || 0 === strpos( $name, 'sanitize_' );
				}
			);
			if ( ! $ok && ! $exempt( $t[2], 'ValidatedSanitizedInput' ) ) {
				$findings[] = sprintf( '%s:%d: %s read without sanitising', $file, $t[2], $t[1] );
			}
		}
	}
}
foreach ( $findings as $finding ) {
	echo $finding, "\n";
}
exit( $findings ? 1 : 0 );
