<?php
/**
 * WordPress 6.5's module API, as far as the plugin uses it, for the suite's WordPress 6.1:
 * wp_register_script_module() and wp_enqueue_script_module(), printing enqueued modules as
 * <script type="module"> in the head (block themes) or the footer (classic themes), with
 * "?ver=" from $version as 6.5 does (false: WordPress's version; null: none).
 * Installed only while the suite tests the plugin's module path.
 */

$GLOBALS['bt_test_modules'] = array(
	'registered' => array(),
	'enqueued'   => array(),
);

function wp_register_script_module( $id, $src = '', $deps = array(), $version = false ) {
	if ( ! isset( $GLOBALS['bt_test_modules']['registered'][ $id ] ) ) {
		$GLOBALS['bt_test_modules']['registered'][ $id ] = array( 'src' => $src, 'version' => $version );
	}
}

function wp_enqueue_script_module( $id, $src = '', $deps = array(), $version = false ) {
	if ( '' !== $src ) {
		wp_register_script_module( $id, $src, $deps, $version );
	}
	$GLOBALS['bt_test_modules']['enqueued'][ $id ] = true;
}

function bt_test_print_modules() {
	foreach ( array_keys( $GLOBALS['bt_test_modules']['enqueued'] ) as $id ) {
		$module  = $GLOBALS['bt_test_modules']['registered'][ $id ];
		$version = false === $module['version'] ? get_bloginfo( 'version' ) : $module['version'];
		$src     = null === $version ? $module['src'] : add_query_arg( 'ver', $version, $module['src'] );
		printf( "<script type=\"module\" src=\"%s\" id=\"%s\"></script>\n", esc_url( $src ), esc_attr( $id . '-js-module' ) );
	}
	$GLOBALS['bt_test_modules']['enqueued'] = array();
}

add_action(
	'wp_head',
	function () {
		if ( wp_is_block_theme() ) {
			bt_test_print_modules();
		}
	}
);
add_action(
	'wp_footer',
	function () {
		if ( ! wp_is_block_theme() ) {
			bt_test_print_modules();
		}
	}
);
