<?php
// Runs PHP from standard input inside the test site and prints its return value as JSON:
// the test's way to drive WordPress through its own functions (WP-CLI is not installable here).
// Usage: php run.php /path/to/wordpress [user-login] < code.php
$wordpress = $argv[1];
$_SERVER['HTTP_HOST']   = parse_url( getenv( 'BT_WP_ORIGIN' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'BT_WP_ORIGIN' ), PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
if ( getenv( 'BT_WP_INSTALLING' ) ) {
	define( 'WP_INSTALLING', true );
}
require $wordpress . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
if ( isset( $argv[2] ) ) {
	wp_set_current_user( get_user_by( 'login', $argv[2] )->ID );
}
$bt_result = eval( stream_get_contents( STDIN ) );
echo "\n--bt-result--\n", wp_json_encode( $bt_result );
