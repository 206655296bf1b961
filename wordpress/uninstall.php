<?php
/**
 * Deleting the plugin removes its settings on every site. Posts keep their blocks and
 * shortcodes, which then show nothing.
 *
 * @package BleedingTriage
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $bleeding_triage_site ) {
		switch_to_blog( $bleeding_triage_site );
		delete_option( 'bleeding_triage_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'bleeding_triage_settings' );
}
