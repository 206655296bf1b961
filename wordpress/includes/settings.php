<?php
/**
 * The site-wide defaults that blocks and shortcodes inherit: the region and the care pathway.
 * Stored in one option, sanitised on every write and again on every read.
 *
 * @package BleedingTriage
 */

defined( 'ABSPATH' ) || exit;

/**
 * The option holding the site's defaults.
 */
const BLEEDING_TRIAGE_OPTION = 'bleeding_triage_settings';

/**
 * The settings group the settings page posts to options.php.
 */
const BLEEDING_TRIAGE_SETTINGS_GROUP = 'bleeding_triage';

/**
 * Registers the option and its sanitiser.
 */
function bleeding_triage_register_setting() {
	register_setting(
		BLEEDING_TRIAGE_SETTINGS_GROUP,
		BLEEDING_TRIAGE_OPTION,
		array(
			'type'              => 'array',
			'description'       => __( 'Region and care pathway for the bleeding triage widget.', 'bleeding-triage' ),
			'sanitize_callback' => 'bleeding_triage_sanitize_settings',
			'show_in_rest'      => false,
			'default'           => array(
				'region'   => '',
				'contacts' => array(),
			),
		)
	);
}
add_action( 'init', 'bleeding_triage_register_setting' );

/**
 * The site's defaults, sanitised again on the way out in case the option was written directly.
 *
 * @return array Keys region (string) and contacts (array[]).
 */
function bleeding_triage_settings() {
	$stored = get_option( BLEEDING_TRIAGE_OPTION, array() );
	$stored = is_array( $stored ) ? $stored : array();
	return array(
		'region'   => bleeding_triage_sanitize_region( $stored['region'] ?? '' ),
		'contacts' => bleeding_triage_sanitize_contacts( $stored['contacts'] ?? array() ),
	);
}

/**
 * The sanitiser WordPress runs on every write of the option: from the settings page (with
 * "from week" / "to week" fields and "remove" boxes) and from code (the stored shape).
 * It says what it changed or refused as notices on the settings page.
 *
 * @param mixed $input The submitted or written value.
 * @return array Keys region and contacts.
 */
function bleeding_triage_sanitize_settings( $input ) {
	$input  = is_array( $input ) ? $input : array();
	$region = bleeding_triage_sanitize_region( $input['region'] ?? '' );
	if ( '' === $region && '' !== bleeding_triage_text( $input['region'] ?? '' ) ) {
		bleeding_triage_settings_notice( 'region', __( 'The region was not saved: use a two-letter country code such as GB or US.', 'bleeding-triage' ) );
	}

	$contacts = array();
	foreach ( is_array( $input['contacts'] ?? null ) ? $input['contacts'] : array() as $raw ) {
		if ( ! is_array( $raw ) || ! empty( $raw['remove'] ) ) {
			continue;
		}
		if ( array_key_exists( 'weeks_from', $raw ) || array_key_exists( 'weeks_to', $raw ) ) {
			$raw['weeks'] = bleeding_triage_weeks_from_range( $raw['weeks_from'] ?? '', $raw['weeks_to'] ?? '' );
		}
		$contact = bleeding_triage_sanitize_contact( $raw );
		if ( null === $contact ) {
			if ( array_filter( array_map( 'bleeding_triage_text', $raw ) ) ) {
				bleeding_triage_settings_notice( 'unnamed', __( 'A contact without a name was not saved: give each contact a name.', 'bleeding-triage' ) );
			}
			continue;
		}
		if ( count( $contacts ) >= BLEEDING_TRIAGE_MAX_CONTACTS ) {
			break;
		}
		foreach ( bleeding_triage_contact_problems( $raw, $contact ) as $code => $message ) {
			bleeding_triage_settings_notice( $code . '-' . count( $contacts ), $message );
		}
		$contacts[] = $contact;
	}
	return array(
		'region'   => $region,
		'contacts' => $contacts,
	);
}

/**
 * A warning for the settings page, once: WordPress runs the sanitiser twice when the option is
 * first created.
 *
 * @param string $code    What the warning is about.
 * @param string $message What the administrator reads.
 */
function bleeding_triage_settings_notice( $code, $message ) {
	foreach ( get_settings_errors( BLEEDING_TRIAGE_OPTION ) as $existing ) {
		if ( $existing['code'] === $code ) {
			return;
		}
	}
	add_settings_error( BLEEDING_TRIAGE_OPTION, $code, $message, 'warning' );
}

/**
 * What the administrator should know about one saved contact.
 *
 * @param array $raw     The contact as submitted.
 * @param array $contact The contact as saved.
 * @return string[] Messages, keyed by what they are about.
 */
function bleeding_triage_contact_problems( array $raw, array $contact ) {
	$raw      = bleeding_triage_normalise_keys( $raw );
	$name     = $contact['name'];
	$problems = array();
	$phones   = array(
		'phone'       => __( 'phone number', 'bleeding-triage' ),
		'textphone'   => __( 'textphone number', 'bleeding-triage' ),
		'interpreter' => __( 'interpreter line', 'bleeding-triage' ),
	);
	foreach ( $phones as $field => $label ) {
		if ( '' === $contact[ $field ] && '' !== bleeding_triage_text( $raw[ $field ] ?? '' ) ) {
			/* translators: 1: a kind of phone number, 2: the contact's name. */
			$problems[ $field ] = sprintf( __( 'The %1$s of "%2$s" was not saved: use only digits, spaces and + ( ) - . (letters or hidden characters could dial a different number).', 'bleeding-triage' ), $label, $name );
		}
	}
	if ( '' === $contact['url'] && '' !== bleeding_triage_text( $raw['url'] ?? '' ) ) {
		/* translators: %s: the contact's name. */
		$problems['url'] = sprintf( __( 'The web page of "%s" was not saved: only http and https addresses are allowed.', 'bleeding-triage' ), $name );
	}
	if ( '' === $contact['phone'] && '' === $contact['url'] ) {
		/* translators: %s: the contact's name. */
		$problems['reachable'] = sprintf( __( '"%s" has neither a phone number nor a web page, so the widget cannot send anyone to it.', 'bleeding-triage' ), $name );
	}
	if ( '' !== $contact['weeks'] && ! preg_match( '/^[0-9]+-([0-9]+)?$/', $contact['weeks'] ) ) {
		/* translators: %s: the contact's name. */
		$problems['weeks'] = sprintf( __( 'The weeks of "%s" cannot be read: the first week must not be after the last.', 'bleeding-triage' ), $name );
	}
	if ( '' !== $contact['hours'] && ! bleeding_triage_hours_readable( $contact['hours'] ) ) {
		/* translators: %s: the contact's name. */
		$problems['hours'] = sprintf( __( 'The opening hours of "%s" are not in the form "Mo-Fr 08:00-17:00" or "24/7": the widget will treat it as open and ask people to check its opening hours.', 'bleeding-triage' ), $name );
	}
	if ( '' !== $contact['timezone'] && ! in_array( $contact['timezone'], timezone_identifiers_list(), true ) ) {
		/* translators: %s: the contact's name. */
		$problems['timezone'] = sprintf( __( 'The time zone of "%s" is not one WordPress knows: use a name such as Europe/London.', 'bleeding-triage' ), $name );
	}
	return $problems;
}

/**
 * Whether opening hours are in the schema.org openingHours form the widget reads:
 * "24/7", or rules such as "Mo-Fr 08:00-17:00; Sa,Su 09:00-12:00".
 *
 * @param string $hours The opening hours.
 * @return bool Whether they are in that form.
 */
function bleeding_triage_hours_readable( $hours ) {
	$day   = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
	$days  = "$day(?:-$day)?(?:,$day(?:-$day)?)*";
	$times = '[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9]';
	$rule  = "$days(?: $times(?:,$times)*)?";
	return '24/7' === $hours || (bool) preg_match( "~^$rule(?:; ?$rule)*$~", $hours );
}
