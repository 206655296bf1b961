<?php
/**
 * The widget's script, loaded only on pages that show the widget: the ES module where
 * WordPress can enqueue modules (6.5+), the classic build otherwise.
 *
 * @package BleedingTriage
 */

defined( 'ABSPATH' ) || exit;

/**
 * The handle of the widget's script (classic and module alike).
 */
const BLEEDING_TRIAGE_SCRIPT = 'bleeding-triage';

/**
 * The handle of the block editor's script.
 */
const BLEEDING_TRIAGE_EDITOR_SCRIPT = 'bleeding-triage-editor';

/**
 * Registers the scripts; nothing is printed until a block or shortcode asks for it.
 */
function bleeding_triage_register_assets() {
	$dist = plugin_dir_url( BLEEDING_TRIAGE_FILE ) . 'dist/';
	// The classic build has every language inside and loads nothing else.
	wp_register_script( BLEEDING_TRIAGE_SCRIPT, $dist . 'bleeding-triage.iife.js', array(), BLEEDING_TRIAGE_VERSION, true );
	if ( function_exists( 'wp_register_script_module' ) ) {
		// No "?ver=": the module's chunks import "../bleeding-triage.js" by its plain address,
		// and a second address would load and run a second copy of the widget.
		wp_register_script_module( BLEEDING_TRIAGE_SCRIPT, $dist . 'bleeding-triage.js', array(), null );
	}
	wp_register_script(
		BLEEDING_TRIAGE_EDITOR_SCRIPT,
		plugin_dir_url( BLEEDING_TRIAGE_FILE ) . 'block/editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', BLEEDING_TRIAGE_SCRIPT ),
		BLEEDING_TRIAGE_VERSION,
		true
	);
	wp_set_script_translations( BLEEDING_TRIAGE_EDITOR_SCRIPT, 'bleeding-triage' );
}
add_action( 'init', 'bleeding_triage_register_assets', 5 );

/**
 * Asks for the widget's script on this page; called by the block and the shortcode.
 */
function bleeding_triage_enqueue_widget() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( BLEEDING_TRIAGE_SCRIPT );
	} else {
		wp_enqueue_script( BLEEDING_TRIAGE_SCRIPT );
	}
}

/**
 * The site's defaults for the editor's live preview of a block that inherits them.
 */
function bleeding_triage_editor_data() {
	$settings = bleeding_triage_settings();
	$contacts = array();
	foreach ( $settings['contacts'] as $contact ) {
		$contacts[] = array(
			'name'         => $contact['name'],
			'phone'        => $contact['phone'],
			'url'          => $contact['url'],
			'weeks'        => $contact['weeks'],
			'hours'        => $contact['hours'],
			'timezone'     => $contact['timezone'],
			'selfReferral' => $contact['self_referral'],
			'textphone'    => $contact['textphone'],
			'interpreter'  => $contact['interpreter'],
			'note'         => $contact['note'],
			'onTheWay'     => $contact['on_the_way'],
		);
	}
	$data = array(
		'region'      => $settings['region'],
		'contacts'    => $contacts,
		'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=bleeding-triage' ) : '',
	);
	wp_add_inline_script( BLEEDING_TRIAGE_EDITOR_SCRIPT, 'window.bleedingTriageSite = ' . wp_json_encode( $data ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'bleeding_triage_editor_data' );

/**
 * The widget inside the editor's canvas, which is its own document where the editor is
 * framed (WordPress 6.3+ with blocks of API version 3, or a block theme's site editor).
 */
function bleeding_triage_editor_canvas_script() {
	if ( is_admin() ) {
		wp_enqueue_script( BLEEDING_TRIAGE_SCRIPT );
	}
}
add_action( 'enqueue_block_assets', 'bleeding_triage_editor_canvas_script' );
