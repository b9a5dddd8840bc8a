/**
 * The Trial booking block in the editor: the page's own options in the sidebar, and the
 * live widget in the canvas, rendered by the same PHP as the page (ServerSideRender) and
 * brought to life by the loader, which the plugin enqueues in the editor too.
 * Plain script on WordPress's globals: no build step.
 */
( function ( wp ) {
	'use strict';

	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var SelectControl = wp.components.SelectControl;
	var ToggleControl = wp.components.ToggleControl;
	var ServerSideRender = wp.serverSideRender;

	wp.blocks.registerBlockType( 'trial-booking/widget', {
		edit: function ( props ) {
			var attributes = props.attributes;
			var set = function ( name ) {
				return function ( value ) {
					var change = {};
					change[ name ] = value;
					props.setAttributes( change );
				};
			};
			var popup = attributes.display === 'popup';
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'This page\'s widget', 'trial-booking' ) },
						el( TextControl, {
							label: __( 'Heading', 'trial-booking' ),
							help: __( 'Empty: the widget\'s own heading, in the visitor\'s language.', 'trial-booking' ),
							value: attributes.heading,
							onChange: set( 'heading' ),
						} ),
						el( TextControl, {
							label: __( 'Offer id', 'trial-booking' ),
							help: __( 'Open API: choose this trial offer in advance.', 'trial-booking' ),
							value: attributes.offerId,
							inputMode: 'numeric',
							onChange: set( 'offerId' ),
						} ),
						el( TextControl, {
							label: __( 'Offer category', 'trial-booking' ),
							help: __( 'Open API: show only this category\'s offers.', 'trial-booking' ),
							value: attributes.offerCategory,
							onChange: set( 'offerCategory' ),
						} ),
						el( SelectControl, {
							label: __( 'Display', 'trial-booking' ),
							value: attributes.display,
							options: [
								{ value: 'inline', label: __( 'In the page', 'trial-booking' ) },
								{ value: 'popup', label: __( 'As a popup', 'trial-booking' ) },
							],
							onChange: set( 'display' ),
						} ),
						popup &&
							el( ToggleControl, {
								label: __( 'Floating button', 'trial-booking' ),
								help: __( 'Off: a button in the page opens the popup.', 'trial-booking' ),
								checked: attributes.floatingButton,
								onChange: set( 'floatingButton' ),
							} )
					)
				),
				el( ServerSideRender, { block: 'trial-booking/widget', attributes: attributes } )
			);
		},
		save: function () {
			// Rendered on the server, with the site's current settings.
			return null;
		},
	} );
} )( window.wp );
