<?php
/**
 * The [bleeding_triage] shortcode for sites on the classic editor. It mirrors the HTML:
 *
 *     [bleeding_triage region="GB" heading-level="2"]
 *       [bleeding_triage_contact name="Early Pregnancy Unit" phone="0121 555 0101" weeks="0-15"
 *         hours="Mo-Fr 08:00-17:00" timezone="Europe/London" self-referral="no"]
 *       [bleeding_triage_contact name="Maternity triage" phone="0121 555 0100" weeks="16-" on-the-way]
 *     [/bleeding_triage]
 *
 * Without contacts it uses care-name / care-phone / care-url as a one-contact pathway, and
 * without those the site's pathway (Settings → Bleeding triage).
 *
 * @package BleedingTriage
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers both shortcodes.
 */
function bleeding_triage_register_shortcodes() {
	add_shortcode( 'bleeding_triage', 'bleeding_triage_shortcode' );
	// Outside [bleeding_triage] a contact means nothing: show nothing rather than its text.
	add_shortcode( 'bleeding_triage_contact', '__return_empty_string' );
}
add_action( 'init', 'bleeding_triage_register_shortcodes' );

/**
 * Shortcode attributes with bare words as flags: [… on-the-way] is on-the-way="yes".
 *
 * @param mixed $atts Attributes from shortcode_parse_atts().
 * @return array Name => value.
 */
function bleeding_triage_shortcode_atts( $atts ) {
	$named = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_int( $name ) && is_string( $value ) ) {
			$named[ strtolower( $value ) ] = 'yes';
		} else {
			$named[ $name ] = $value;
		}
	}
	return $named;
}

/**
 * The contacts written inside [bleeding_triage]…[/bleeding_triage].
 *
 * @param string $content The shortcode's content, paragraphs and line breaks included.
 * @return array[] Each [bleeding_triage_contact]'s attributes, in order.
 */
function bleeding_triage_shortcode_contacts( $content ) {
	$contacts = array();
	if ( ! is_string( $content ) || false === strpos( $content, '[bleeding_triage_contact' ) ) {
		return $contacts;
	}
	preg_match_all( '/' . get_shortcode_regex( array( 'bleeding_triage_contact' ) ) . '/', $content, $matches, PREG_SET_ORDER );
	foreach ( $matches as $match ) {
		// [[bleeding_triage_contact …]] is the escaped form: text, not a contact.
		if ( '[' !== $match[1] || ']' !== $match[6] ) {
			$contacts[] = bleeding_triage_shortcode_atts( shortcode_parse_atts( $match[3] ) );
		}
	}
	return $contacts;
}

/**
 * [bleeding_triage] on the page.
 *
 * @param mixed       $atts    The shortcode's attributes.
 * @param string|null $content What it encloses.
 * @return string The widget.
 */
function bleeding_triage_shortcode( $atts, $content = null ) {
	$atts     = bleeding_triage_shortcode_atts( $atts );
	$contacts = bleeding_triage_shortcode_contacts( $content );
	if ( ! $contacts && isset( $atts['care-name'] ) ) {
		$contacts[] = array(
			'name'  => $atts['care-name'],
			'phone' => $atts['care-phone'] ?? '',
			'url'   => $atts['care-url'] ?? '',
		);
	}
	return bleeding_triage_render( $atts, $contacts );
}
