/**
 * Settings → Trial booking: the live preview follows the form as it changes, and each
 * row shows for the booking system it belongs to. An external file (no inline script).
 */
( function () {
	'use strict';

	var form = document.querySelector( '.trial-booking-form' );
	var preview = document.getElementById( 'trial-booking-preview' );
	if ( ! form || ! preview ) {
		return;
	}
	var proxyBase = preview.closest( '.trial-booking-preview' ).getAttribute( 'data-proxy-base' );
	var field = function ( id ) {
		return document.getElementById( id );
	};
	var setAttribute = function ( name, value ) {
		if ( value ) {
			if ( preview.getAttribute( name ) !== value ) {
				preview.setAttribute( name, value );
			}
		} else if ( preview.hasAttribute( name ) ) {
			preview.removeAttribute( name );
		}
	};

	function update() {
		var backend = field( 'trial-booking-backend' ).value;
		form.querySelectorAll( 'tr[data-backend]' ).forEach( function ( row ) {
			row.hidden = row.getAttribute( 'data-backend' ) !== backend;
		} );
		setAttribute( 'backend', backend );
		var apiBase = '';
		if ( backend === 'open-api' ) {
			apiBase = proxyBase;
		} else if ( backend === 'connect' ) {
			apiBase = field( 'trial-booking-connect-url' ).value.trim();
		}
		setAttribute( 'api-base', apiBase );
		setAttribute( 'studio-id', backend === 'connect' ? field( 'trial-booking-studio-id' ).value.trim() : '' );
		var privacy = field( 'trial-booking-privacy-page' );
		var chosen = privacy.options[ privacy.selectedIndex ];
		setAttribute( 'privacy-url', chosen ? chosen.getAttribute( 'data-url' ) : '' );
		var theme = field( 'trial-booking-theme' ).value;
		setAttribute( 'theme', theme === 'light' ? '' : theme );
		setAttribute( 'lang', field( 'trial-booking-language' ).value );
		setAttribute( 'analytics', field( 'trial-booking-analytics' ).value === 'datalayer' ? 'datalayer' : '' );
		// Colours through the CSS object model (allowed by a strict style-src, unlike a style attribute).
		form.querySelectorAll( '.trial-booking-color' ).forEach( function ( input ) {
			var value = input.value.trim();
			var property = input.getAttribute( 'data-property' );
			if ( /^#([0-9a-f]{3}){1,2}$/i.test( value ) ) {
				preview.style.setProperty( property, value );
			} else {
				preview.style.removeProperty( property );
			}
		} );
	}

	form.addEventListener( 'input', update );
	form.addEventListener( 'change', update );
	update();
} )();
