<?php
/**
 * The block editor script's dependencies (WordPress's own packages, no build step).
 *
 * @package TrialBooking
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '1.0.0',
);
