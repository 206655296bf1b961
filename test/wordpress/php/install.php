<?php
// Installs the test site and its two users; returns their passwords.
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Bleeding triage test site', 'admin', 'admin@example.test', false, '', 'admin-password-for-tests' );
$bt_author = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => 'author-password-for-tests',
		'user_email' => 'author@example.test',
		'role'       => 'author',
	)
);
$bt_passwords = array();
foreach ( array( 'admin', 'author' ) as $bt_login ) {
	$bt_user = get_user_by( 'login', $bt_login );
	// The editor's welcome guide would cover the canvas.
	update_user_meta( $bt_user->ID, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
	list( $bt_password ) = WP_Application_Passwords::create_new_application_password( $bt_user->ID, array( 'name' => 'tests' ) );
	$bt_passwords[ $bt_login ] = array(
		'login'       => $bt_login,
		'password'    => $bt_login . '-password-for-tests',
		'application' => $bt_password,
	);
}
return $bt_passwords;
