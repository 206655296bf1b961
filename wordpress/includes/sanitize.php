<?php
/**
 * Sanitisers for every value the plugin writes into a page. Settings, block attributes and
 * shortcode attributes all pass through these before they are escaped on output, so a value
 * is checked in one place whichever way it came in.
 *
 * @package BleedingTriage
 */

defined( 'ABSPATH' ) || exit;

/**
 * The most contacts one pathway keeps: real pathways have two to four.
 */
const BLEEDING_TRIAGE_MAX_CONTACTS = 20;

/**
 * The fields of a contact, in the order the markup writes them.
 *
 * @return string[] Field keys; the markup attribute is the key with "-" for "_".
 */
function bleeding_triage_contact_fields() {
	return array( 'name', 'phone', 'url', 'weeks', 'hours', 'timezone', 'self_referral', 'textphone', 'interpreter', 'note', 'on_the_way' );
}

/**
 * Text from anything: only strings and numbers are text.
 *
 * @param mixed $value A value from a form, a block or a shortcode.
 * @return string The value as text, or '' when it is not text.
 */
function bleeding_triage_text( $value ) {
	return is_string( $value ) || is_int( $value ) || is_float( $value ) ? trim( (string) $value ) : '';
}

/**
 * An ISO 3166 two-letter country code, upper case.
 *
 * @param mixed $value Such as "GB" or "us".
 * @return string The code, or '' when it is not two letters.
 */
function bleeding_triage_sanitize_region( $value ) {
	$value = bleeding_triage_text( $value );
	return preg_match( '/^[A-Za-z]{2}$/', $value ) ? strtoupper( $value ) : '';
}

/**
 * A BCP 47 language tag such as "en-GB" or "zh-Hans".
 *
 * @param mixed $value The tag.
 * @return string The tag, or '' when it is not shaped like one.
 */
function bleeding_triage_sanitize_lang( $value ) {
	$value = bleeding_triage_text( $value );
	return preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/', $value ) ? $value : '';
}

/**
 * The heading level of the widget's headings.
 *
 * @param mixed $value A whole number from 1 to 6, as a number or text.
 * @return int The level, or 0 for "the widget's default".
 */
function bleeding_triage_sanitize_heading_level( $value ) {
	$value = bleeding_triage_text( $value );
	return preg_match( '/^[1-6]$/', $value ) ? (int) $value : 0;
}

/**
 * The colour scheme.
 *
 * @param mixed $value "light", "dark" or "auto".
 * @return string The value, or '' for "the widget's default".
 */
function bleeding_triage_sanitize_appearance( $value ) {
	$value = bleeding_triage_text( $value );
	return in_array( $value, array( 'light', 'dark', 'auto' ), true ) ? $value : '';
}

/**
 * A phone number that is safe to show and to dial.
 *
 * Only digits, spaces and + ( ) - . are allowed, and the whole number is refused otherwise:
 * stripping letters or hidden direction marks (U+202E and friends) could leave a different
 * number from the one the person reads, and a wrong number is worse than none.
 *
 * @param mixed $value Such as "0121 555 0101" or "+1 (555) 010-0199".
 * @return string The number with its spaces tidied, or '' when refused.
 */
function bleeding_triage_sanitize_phone( $value ) {
	$value = preg_replace( '/ {2,}/', ' ', bleeding_triage_text( $value ) );
	if ( strlen( $value ) > 40 || ! preg_match( '/^\+?[0-9 ().\-]+$/', $value ) ) {
		return '';
	}
	return preg_match_all( '/[0-9]/', $value ) >= 3 ? $value : '';
}

/**
 * A web page: http and https only, so a javascript: or data: link never reaches the page.
 *
 * @param mixed $value An absolute or site-relative address.
 * @return string The address, or '' when refused.
 */
function bleeding_triage_sanitize_page_url( $value ) {
	$value = bleeding_triage_text( $value );
	return '' === $value ? '' : esc_url_raw( $value, array( 'https', 'http' ) );
}

/**
 * The weeks a contact serves, as "from-to" (inclusive) or "from-" (open-ended).
 *
 * A value in that form is written canonically ("0 - 15" becomes "0-15"). Any other value is
 * kept as plain text rather than dropped: an absent value means "every week", so dropping a
 * mistyped one would send every week to that contact. The widget warns about it instead.
 *
 * @param mixed $value Such as "0-15" or "16-".
 * @return string The weeks, or '' for every week.
 */
function bleeding_triage_sanitize_weeks( $value ) {
	$value   = sanitize_text_field( bleeding_triage_text( $value ) );
	$compact = preg_replace( '/\s+/', '', $value );
	if ( preg_match( '/^([0-9]{1,2})-([0-9]{1,2})?$/', $compact, $range ) ) {
		$from = (int) $range[1];
		if ( ! isset( $range[2] ) ) {
			return $from . '-';
		}
		if ( $from <= (int) $range[2] ) {
			return $from . '-' . (int) $range[2];
		}
	}
	return $value;
}

/**
 * The weeks from two form fields, "from week" and "to week", either of which may be empty.
 *
 * @param mixed $from The first week served.
 * @param mixed $to   The last week served.
 * @return string "from-to", "from-", "0-to", or '' for every week.
 */
function bleeding_triage_weeks_from_range( $from, $to ) {
	$from = bleeding_triage_text( $from );
	$to   = bleeding_triage_text( $to );
	if ( '' === $from && '' === $to ) {
		return '';
	}
	return ( '' === $from ? '0' : $from ) . '-' . $to;
}

/**
 * A yes/no switch that may arrive as a boolean, a checkbox, a block attribute or a shortcode.
 *
 * @param mixed $value Such as true, "1", "yes" or "on".
 * @return bool Whether it is switched on.
 */
function bleeding_triage_sanitize_flag( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( bleeding_triage_text( $value ) ), array( '1', 'yes', 'true', 'on' ), true );
}

/**
 * A contact's keys in one spelling: "selfReferral" (block), "self-referral" (shortcode) and
 * "self_referral" (settings) all become "self_referral".
 *
 * @param array $raw The contact as given.
 * @return array The same values under snake_case keys.
 */
function bleeding_triage_normalise_keys( array $raw ) {
	$normalised = array();
	foreach ( $raw as $key => $value ) {
		$key                = strtolower( str_replace( '-', '_', preg_replace( '/(?<=[a-z])([A-Z])/', '_$1', (string) $key ) ) );
		$normalised[ $key ] = $value;
	}
	return $normalised;
}

/**
 * One contact of the care pathway, every field sanitised.
 *
 * @param mixed $raw The contact as given, under any of the key spellings.
 * @return array|null The contact with every field of bleeding_triage_contact_fields(), or null
 *                    when it has no name (the one field the widget cannot do without).
 */
function bleeding_triage_sanitize_contact( $raw ) {
	if ( ! is_array( $raw ) ) {
		return null;
	}
	$raw     = bleeding_triage_normalise_keys( $raw );
	$contact = array(
		'name'          => sanitize_text_field( bleeding_triage_text( $raw['name'] ?? '' ) ),
		'phone'         => bleeding_triage_sanitize_phone( $raw['phone'] ?? '' ),
		'url'           => bleeding_triage_sanitize_page_url( $raw['url'] ?? '' ),
		'weeks'         => bleeding_triage_sanitize_weeks( $raw['weeks'] ?? '' ),
		'hours'         => sanitize_text_field( bleeding_triage_text( $raw['hours'] ?? '' ) ),
		'timezone'      => sanitize_text_field( bleeding_triage_text( $raw['timezone'] ?? '' ) ),
		// Absent means "yes" in the widget, so only "no" is kept.
		'self_referral' => 'no' === strtolower( bleeding_triage_text( $raw['self_referral'] ?? '' ) ) ? 'no' : '',
		'textphone'     => bleeding_triage_sanitize_phone( $raw['textphone'] ?? '' ),
		'interpreter'   => bleeding_triage_sanitize_phone( $raw['interpreter'] ?? '' ),
		'note'          => sanitize_text_field( bleeding_triage_text( $raw['note'] ?? '' ) ),
		'on_the_way'    => bleeding_triage_sanitize_flag( $raw['on_the_way'] ?? false ),
	);
	return '' === $contact['name'] ? null : $contact;
}

/**
 * The care pathway: a list of contacts, those without a name left out.
 *
 * @param mixed $raw A list of contacts as given.
 * @return array[] The sanitised contacts, at most BLEEDING_TRIAGE_MAX_CONTACTS.
 */
function bleeding_triage_sanitize_contacts( $raw ) {
	$contacts = array();
	foreach ( is_array( $raw ) ? $raw : array() as $item ) {
		$contact = bleeding_triage_sanitize_contact( $item );
		if ( null !== $contact && count( $contacts ) < BLEEDING_TRIAGE_MAX_CONTACTS ) {
			$contacts[] = $contact;
		}
	}
	return $contacts;
}

/**
 * The widget's own attributes, each sanitised.
 *
 * @param array $raw Keys region, lang, heading_level, appearance (any spelling).
 * @return array The same keys, '' or 0 where absent or refused.
 */
function bleeding_triage_sanitize_widget( array $raw ) {
	$raw = bleeding_triage_normalise_keys( $raw );
	return array(
		'region'        => bleeding_triage_sanitize_region( $raw['region'] ?? '' ),
		'lang'          => bleeding_triage_sanitize_lang( $raw['lang'] ?? '' ),
		'heading_level' => bleeding_triage_sanitize_heading_level( $raw['heading_level'] ?? '' ),
		'appearance'    => bleeding_triage_sanitize_appearance( $raw['appearance'] ?? '' ),
	);
}
