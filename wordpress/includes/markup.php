<?php
/**
 * The HTML the block and the shortcode write: a <bleeding-triage> element with one
 * <bleeding-triage-contact> child per contact of the care pathway. Attributes and children
 * only, never script, so any author may place it.
 *
 * @package BleedingTriage
 */

defined( 'ABSPATH' ) || exit;

/**
 * Attributes as HTML, every value escaped; empty values are left out.
 *
 * @param array $attributes Attribute name => value. true writes a bare boolean attribute;
 *                          values under "url" are written as web links (http and https only).
 * @return string Such as ' name="…" phone="…"', with a leading space.
 */
function bleeding_triage_attributes_html( array $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
			continue;
		}
		$value = (string) $value;
		if ( '' === $value ) {
			continue;
		}
		$escaped = 'url' === $name ? esc_url( $value, array( 'https', 'http' ) ) : esc_attr( $value );
		if ( '' !== $escaped ) {
			// The_content runs shortcodes after blocks, even inside attributes: keep a name
			// such as "[gallery]" as text.
			$html .= ' ' . $name . '="' . str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), $escaped ) . '"';
		}
	}
	return $html;
}

/**
 * One contact as a <bleeding-triage-contact> element.
 *
 * @param array $contact A contact from bleeding_triage_sanitize_contact().
 * @return string The element.
 */
function bleeding_triage_contact_html( array $contact ) {
	$attributes = array();
	foreach ( bleeding_triage_contact_fields() as $field ) {
		$value = $contact[ $field ] ?? '';
		if ( 'on_the_way' === $field ) {
			$value = (bool) $value;
		}
		$attributes[ str_replace( '_', '-', $field ) ] = $value;
	}
	return '<bleeding-triage-contact' . bleeding_triage_attributes_html( $attributes ) . '></bleeding-triage-contact>';
}

/**
 * The widget with its care pathway.
 *
 * @param array   $widget   From bleeding_triage_sanitize_widget().
 * @param array[] $contacts From bleeding_triage_sanitize_contacts().
 * @return string The <bleeding-triage> element, one contact per line.
 */
function bleeding_triage_markup( array $widget, array $contacts ) {
	$html = '<bleeding-triage' . bleeding_triage_attributes_html(
		array(
			'region'        => $widget['region'] ?? '',
			'lang'          => $widget['lang'] ?? '',
			'heading-level' => empty( $widget['heading_level'] ) ? '' : $widget['heading_level'],
			'appearance'    => $widget['appearance'] ?? '',
		)
	) . '>';
	foreach ( $contacts as $contact ) {
		$html .= "\n\t" . bleeding_triage_contact_html( $contact );
	}
	return $html . ( $contacts ? "\n" : '' ) . '</bleeding-triage>';
}

/**
 * The widget as a page shows it: the block's or shortcode's own values, and the site's
 * defaults (Settings → Bleeding triage) for a region or pathway they leave empty.
 *
 * @param array $widget   The widget's attributes as given (any key spelling).
 * @param mixed $contacts The pathway as given; an empty one means the site's.
 * @return string The markup, sanitised and escaped.
 */
function bleeding_triage_render( array $widget, $contacts ) {
	$site     = bleeding_triage_settings();
	$widget   = bleeding_triage_sanitize_widget( $widget );
	$contacts = bleeding_triage_sanitize_contacts( $contacts );
	if ( '' === $widget['region'] ) {
		$widget['region'] = $site['region'];
	}
	if ( ! $contacts ) {
		$contacts = $site['contacts'];
	}
	bleeding_triage_enqueue_widget();
	return bleeding_triage_markup( $widget, $contacts );
}
