<?php
/**
 * Test harness for the WordPress suite (a must-use plugin in the test site only).
 * - No mail leaves the test site (there is no sendmail here).
 * - Every outgoing HTTP request is refused, and those made from the plugin's own files are
 *   recorded, so the suite can show the plugin makes none.
 */

function wp_mail() {
	return true;
}

add_filter(
	'pre_http_request',
	function ( $preempt, $args, $url ) {
		foreach ( debug_backtrace( DEBUG_BACKTRACE_IGNORE_ARGS ) as $frame ) {
			if ( isset( $frame['file'] ) && false !== strpos( $frame['file'], '/plugins/bleeding-triage/' ) ) {
				file_put_contents( WP_CONTENT_DIR . '/plugin-http-requests.log', $url . "\n", FILE_APPEND );
				break;
			}
		}
		return new WP_Error( 'http_request_blocked', 'The test site makes no requests.' );
	},
	1,
	3
);
