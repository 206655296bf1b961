// The block in the editor: the live widget in the canvas, its settings in the sidebar.
// Plain script on WordPress's own globals (wp.*), so the plugin needs no build step.
// The block is dynamic: the post keeps its attributes and PHP writes the page.
( function ( wp, site ) {
	'use strict';

	const { registerBlockType } = wp.blocks;
	const { createElement: el, Fragment, useState } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { Button, ExternalLink, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
	const { __, sprintf } = wp.i18n;

	// The same rules as the plugin's PHP sanitisers, so the preview shows what the page will.
	const isRegion = ( value ) => /^[A-Za-z]{2}$/.test( value );
	const isLang = ( value ) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test( value );
	const isTelSafe = ( value ) => /^\+?[0-9 ().-]+$/.test( value.trim() ) && ( value.match( /[0-9]/g ) || [] ).length >= 3 && value.trim().length <= 40;
	const isWebPage = ( value ) => /^(https?:\/\/|\/)/i.test( value.trim() );

	const PHONE_HELP = __( 'Digits, spaces and + ( ) - . only: a number with anything else is left out.', 'bleeding-triage' );

	// "0-15" → [ '0', '15' ]; "16-" → [ '16', '' ]; "" → [ '', '' ].
	function splitWeeks( weeks ) {
		const parts = ( weeks || '' ).split( '-' );
		return [ parts[ 0 ] || '', parts[ 1 ] || '' ];
	}

	function joinWeeks( from, to ) {
		if ( from === '' && to === '' ) {
			return '';
		}
		return ( from === '' ? '0' : from ) + '-' + to;
	}

	// A contact as the <bleeding-triage-contact> element's attributes, bad values left out as PHP does.
	function contactAttributes( contact, key ) {
		const attributes = { key, name: contact.name };
		const text = ( field, attribute ) => {
			if ( contact[ field ] ) {
				attributes[ attribute || field ] = contact[ field ];
			}
		};
		[ 'phone', 'textphone', 'interpreter' ].forEach( ( field ) => {
			if ( contact[ field ] && isTelSafe( contact[ field ] ) ) {
				attributes[ field ] = contact[ field ].trim();
			}
		} );
		if ( contact.url && isWebPage( contact.url ) ) {
			attributes.url = contact.url.trim();
		}
		text( 'weeks' );
		text( 'hours' );
		text( 'timezone' );
		if ( contact.selfReferral === 'no' ) {
			attributes[ 'self-referral' ] = 'no';
		}
		text( 'note' );
		if ( contact.onTheWay ) {
			attributes[ 'on-the-way' ] = '';
		}
		return attributes;
	}

	// The live widget, with the site's region and pathway where the block leaves them empty.
	function Preview( { attributes } ) {
		const own = ( attributes.contacts || [] ).filter( ( contact ) => contact.name && contact.name.trim() );
		const contacts = own.length ? own : site.contacts;
		const widget = {};
		const region = isRegion( attributes.region ) ? attributes.region.toUpperCase() : site.region;
		if ( region ) {
			widget.region = region;
		}
		if ( isLang( attributes.lang ) ) {
			widget.lang = attributes.lang;
		}
		if ( attributes.headingLevel ) {
			widget[ 'heading-level' ] = String( attributes.headingLevel );
		}
		if ( attributes.appearance ) {
			widget.appearance = attributes.appearance;
		}
		return el( 'bleeding-triage', widget, contacts.map( contactAttributes ).map( ( contact ) => el( 'bleeding-triage-contact', contact ) ) );
	}

	function ContactFields( { contact, index, count, onChange, onMove, onRemove } ) {
		// Open while new; kept as it was, so typing a name does not fold the panel away.
		const [ startOpen ] = useState( ! contact.name );
		const set = ( field ) => ( value ) => onChange( Object.assign( {}, contact, { [ field ]: value } ) );
		const [ from, to ] = splitWeeks( contact.weeks );
		const phoneField = ( field, label ) =>
			el( TextControl, {
				label,
				type: 'tel',
				value: contact[ field ] || '',
				onChange: set( field ),
				help: contact[ field ] && ! isTelSafe( contact[ field ] ) ? PHONE_HELP : undefined,
			} );
		return el(
			PanelBody,
			{
				/* translators: 1: the contact's position in the pathway, 2: its name. */
				title: sprintf( __( 'Contact %1$d: %2$s', 'bleeding-triage' ), index + 1, contact.name || __( '(no name yet)', 'bleeding-triage' ) ),
				initialOpen: startOpen,
			},
			el( TextControl, { label: __( 'Name', 'bleeding-triage' ), value: contact.name || '', onChange: set( 'name' ), help: contact.name ? undefined : __( 'Required: as people know it, such as "Early Pregnancy Unit".', 'bleeding-triage' ) } ),
			phoneField( 'phone', __( 'Phone', 'bleeding-triage' ) ),
			el( TextControl, {
				label: __( 'Web page', 'bleeding-triage' ),
				type: 'url',
				value: contact.url || '',
				onChange: set( 'url' ),
				help: contact.url && ! isWebPage( contact.url ) ? __( 'Only http and https pages are used.', 'bleeding-triage' ) : undefined,
			} ),
			el( TextControl, { label: __( 'From week', 'bleeding-triage' ), type: 'number', min: 0, max: 45, value: from, onChange: ( value ) => set( 'weeks' )( joinWeeks( value, to ) ), help: __( 'Empty: from the start.', 'bleeding-triage' ) } ),
			el( TextControl, { label: __( 'To week', 'bleeding-triage' ), type: 'number', min: 0, max: 45, value: to, onChange: ( value ) => set( 'weeks' )( joinWeeks( from, value ) ), help: __( 'Included. Empty: every week after "From week".', 'bleeding-triage' ) } ),
			el( TextControl, { label: __( 'Opening hours', 'bleeding-triage' ), value: contact.hours || '', onChange: set( 'hours' ), help: __( 'Such as "Mo-Fr 08:00-17:00" or "24/7". Empty: always open.', 'bleeding-triage' ) } ),
			el( TextControl, { label: __( 'Time zone', 'bleeding-triage' ), value: contact.timezone || '', onChange: set( 'timezone' ), help: __( 'Such as Europe/London. Empty: the visitor\'s.', 'bleeding-triage' ) } ),
			el( SelectControl, {
				label: __( 'Takes self-referrals', 'bleeding-triage' ),
				value: contact.selfReferral || '',
				options: [
					{ value: '', label: __( 'Yes', 'bleeding-triage' ) },
					{ value: 'no', label: __( 'No: a GP or midwife must refer', 'bleeding-triage' ) },
				],
				onChange: set( 'selfReferral' ),
			} ),
			phoneField( 'textphone', __( 'Textphone or text relay', 'bleeding-triage' ) ),
			phoneField( 'interpreter', __( 'Interpreter line', 'bleeding-triage' ) ),
			el( TextControl, { label: __( 'Note', 'bleeding-triage' ), value: contact.note || '', onChange: set( 'note' ), help: __( 'Such as "BSL interpreters on request".', 'bleeding-triage' ) } ),
			el( ToggleControl, { label: __( 'In an emergency, tell them you are on your way', 'bleeding-triage' ), checked: !! contact.onTheWay, onChange: set( 'onTheWay' ) } ),
			el(
				'div',
				{ className: 'bleeding-triage-contact-actions' },
				el( Button, { variant: 'secondary', disabled: index === 0, onClick: () => onMove( -1 ) }, __( 'Move up', 'bleeding-triage' ) ),
				' ',
				el( Button, { variant: 'secondary', disabled: index === count - 1, onClick: () => onMove( 1 ) }, __( 'Move down', 'bleeding-triage' ) ),
				' ',
				el( Button, { variant: 'secondary', isDestructive: true, onClick: onRemove }, __( 'Remove', 'bleeding-triage' ) )
			)
		);
	}

	function Sidebar( { attributes, setAttributes } ) {
		const contacts = attributes.contacts || [];
		const setContacts = ( next ) => setAttributes( { contacts: next } );
		const siteNote = site.contacts.length
			? sprintf(
					/* translators: %d: how many contacts the site's pathway has. */
					__( 'Empty: the site\'s pathway (%d contacts) is used.', 'bleeding-triage' ),
					site.contacts.length
			  )
			: __( 'Empty: the widget names no local service, only the emergency number and general advice.', 'bleeding-triage' );
		return el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __( 'Widget', 'bleeding-triage' ) },
				el( TextControl, {
					label: __( 'Region', 'bleeding-triage' ),
					value: attributes.region,
					maxLength: 2,
					onChange: ( region ) => setAttributes( { region: region.toUpperCase() } ),
					help:
						attributes.region && ! isRegion( attributes.region )
							? __( 'Use a two-letter country code such as GB or US.', 'bleeding-triage' )
							: sprintf(
									/* translators: %s: the site's region, or "none". */
									__( 'Two-letter country code: it chooses the emergency number. Empty: the site\'s (%s).', 'bleeding-triage' ),
									site.region || __( 'none: the page language\'s region', 'bleeding-triage' )
							  ),
				} ),
				el( TextControl, { label: __( 'Language', 'bleeding-triage' ), value: attributes.lang, onChange: ( lang ) => setAttributes( { lang } ), help: __( 'Such as en-GB, es, zh-Hans or ar. Empty: the page\'s language.', 'bleeding-triage' ) } ),
				el( SelectControl, {
					label: __( 'Heading level', 'bleeding-triage' ),
					value: String( attributes.headingLevel || 0 ),
					options: [ { value: '0', label: __( 'Default (2)', 'bleeding-triage' ) } ].concat( [ 1, 2, 3, 4, 5, 6 ].map( ( level ) => ( { value: String( level ), label: String( level ) } ) ) ),
					onChange: ( level ) => setAttributes( { headingLevel: Number( level ) } ),
				} ),
				el( SelectControl, {
					label: __( 'Appearance', 'bleeding-triage' ),
					value: attributes.appearance,
					options: [
						{ value: '', label: __( 'Default (light)', 'bleeding-triage' ) },
						{ value: 'light', label: __( 'Light', 'bleeding-triage' ) },
						{ value: 'dark', label: __( 'Dark', 'bleeding-triage' ) },
						{ value: 'auto', label: __( 'Follow the visitor\'s setting', 'bleeding-triage' ) },
					],
					onChange: ( appearance ) => setAttributes( { appearance } ),
				} )
			),
			el(
				PanelBody,
				{ title: __( 'Care pathway', 'bleeding-triage' ) },
				el( 'p', null, __( 'Who to contact for care soon, by weeks of pregnancy and opening hours.', 'bleeding-triage' ), ' ', contacts.length ? null : siteNote ),
				site.settingsUrl ? el( 'p', null, el( ExternalLink, { href: site.settingsUrl }, __( 'Set the site\'s pathway', 'bleeding-triage' ) ) ) : null,
				! contacts.length && site.contacts.length
					? el( Button, { variant: 'secondary', onClick: () => setContacts( site.contacts.map( ( contact ) => Object.assign( {}, contact ) ) ) }, __( 'Copy the site\'s pathway here to change it', 'bleeding-triage' ) )
					: null
			),
			contacts.map( ( contact, index ) =>
				el( ContactFields, {
					key: index,
					contact,
					index,
					count: contacts.length,
					onChange: ( changed ) => setContacts( contacts.map( ( other, at ) => ( at === index ? changed : other ) ) ),
					onMove: ( by ) => {
						const next = contacts.slice();
						next.splice( index + by, 0, next.splice( index, 1 )[ 0 ] );
						setContacts( next );
					},
					onRemove: () => setContacts( contacts.filter( ( other, at ) => at !== index ) ),
				} )
			),
			// Without a title the panel is always open: the button needs no disclosure of its own.
			el( PanelBody, null, el( Button, { variant: 'primary', onClick: () => setContacts( contacts.concat( [ { name: '' } ] ) ) }, __( 'Add a contact', 'bleeding-triage' ) ) )
		);
	}

	function Edit( props ) {
		return el( Fragment, null, el( Sidebar, props ), el( 'div', useBlockProps(), el( Preview, props ) ) );
	}

	registerBlockType( 'bleeding-triage/triage', {
		edit: Edit,
		save() {
			return null;
		},
	} );
} )( window.wp, window.bleedingTriageSite || { region: '', contacts: [], settingsUrl: '' } );
