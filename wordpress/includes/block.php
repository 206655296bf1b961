<?php
/**
 * The "Bleeding in pregnancy triage" block. Dynamic: the post keeps only the block's
 * attributes, and the page is written here, so every author may add it (no script, no HTML
 * of their own) and a change to the site's pathway reaches every block at once.
 *
 * @package BleedingTriage
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block from its block.json.
 */
function bleeding_triage_register_block() {
	register_block_type(
		dirname( BLEEDING_TRIAGE_FILE ) . '/block',
		array( 'render_callback' => 'bleeding_triage_render_block' )
	);
}
add_action( 'init', 'bleeding_triage_register_block' );

/**
 * The block on the page.
 *
 * @param array $attributes The block's attributes (see block.json).
 * @return string The widget in the block's wrapper.
 */
function bleeding_triage_render_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$markup     = bleeding_triage_render( $attributes, $attributes['contacts'] ?? array() );
	return '<div ' . get_block_wrapper_attributes() . '>' . $markup . '</div>';
}
