<?php
/**
 * Plugin Name:       Bleeding in pregnancy triage
 * Description:       Helps a pregnant person who is bleeding decide how urgently to get care, and sends them to your local services by their weeks and the time now. A block, a shortcode and site-wide settings; nothing is sent anywhere.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The bleeding-triage contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       bleeding-triage
 *
 * @package BleedingTriage
 */

defined( 'ABSPATH' ) || exit;

/**
 * The plugin's version, also the cache-busting version of its classic script.
 */
const BLEEDING_TRIAGE_VERSION = '0.1.0';

/**
 * This file, for plugin_dir_url() and plugin_basename().
 */
const BLEEDING_TRIAGE_FILE = __FILE__;

require_once __DIR__ . '/includes/sanitize.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcode.php';

if ( is_admin() ) {
	require_once __DIR__ . '/includes/settings-page.php';
}
