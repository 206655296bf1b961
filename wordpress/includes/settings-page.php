<?php
/**
 * Settings → Bleeding triage: the site's region and care pathway, set once for every block
 * and shortcode. Saved through options.php, which checks the nonce and the capability.
 * A plain form: it works without JavaScript, one contact per fieldset and one blank to add.
 *
 * @package BleedingTriage
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the page under Settings.
 */
function bleeding_triage_add_settings_page() {
	add_options_page(
		__( 'Bleeding in pregnancy triage', 'bleeding-triage' ),
		__( 'Bleeding triage', 'bleeding-triage' ),
		'manage_options',
		'bleeding-triage',
		'bleeding_triage_render_settings_page'
	);
}
add_action( 'admin_menu', 'bleeding_triage_add_settings_page' );

/**
 * A "Settings" link beside the plugin on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[] The links with Settings first.
 */
function bleeding_triage_settings_link( $links ) {
	$url = admin_url( 'options-general.php?page=bleeding-triage' );
	return array( 'settings' => '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'bleeding-triage' ) . '</a>' ) + $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( BLEEDING_TRIAGE_FILE ), 'bleeding_triage_settings_link' );

/**
 * The settings page.
 */
function bleeding_triage_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage options for this site.', 'bleeding-triage' ), 403 );
	}
	$settings = bleeding_triage_settings();
	$contacts = $settings['contacts'];
	// One blank fieldset to add a contact; save to get another.
	$contacts[] = null;
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'These defaults apply to every "Bleeding in pregnancy triage" block and [bleeding_triage] shortcode that does not set its own region or care pathway.', 'bleeding-triage' ); ?></p>
		<form action="options.php" method="post">
			<?php settings_fields( BLEEDING_TRIAGE_SETTINGS_GROUP ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="bleeding-triage-region"><?php esc_html_e( 'Region', 'bleeding-triage' ); ?></label></th>
					<td>
						<input type="text" id="bleeding-triage-region" name="<?php echo esc_attr( BLEEDING_TRIAGE_OPTION ); ?>[region]" value="<?php echo esc_attr( $settings['region'] ); ?>" class="small-text" maxlength="2" autocomplete="off" aria-describedby="bleeding-triage-region-description">
						<p class="description" id="bleeding-triage-region-description"><?php esc_html_e( 'Two-letter country code, such as GB or US. It chooses the emergency number. Empty: the region of the page\'s language.', 'bleeding-triage' ); ?></p>
					</td>
				</tr>
			</table>
			<h2><?php esc_html_e( 'Care pathway', 'bleeding-triage' ); ?></h2>
			<p><?php esc_html_e( 'The services a person is sent to when they need care soon, by their weeks of pregnancy and the time now. For example: the early pregnancy unit up to 15 weeks on weekdays, and maternity triage from 16 weeks at any time.', 'bleeding-triage' ); ?></p>
			<?php
			foreach ( $contacts as $index => $contact ) {
				bleeding_triage_render_contact_fieldset( $index, $contact );
			}
			submit_button();
			?>
		</form>
		<datalist id="bleeding-triage-timezones">
			<?php foreach ( timezone_identifiers_list() as $timezone ) : ?>
				<option value="<?php echo esc_attr( $timezone ); ?>"></option>
			<?php endforeach; ?>
		</datalist>
	</div>
	<?php
}

/**
 * One contact's fields.
 *
 * @param int        $index   Its position in the pathway.
 * @param array|null $contact The saved contact, or null for the blank one that adds a contact.
 */
function bleeding_triage_render_contact_fieldset( $index, $contact ) {
	$is_new  = null === $contact;
	$contact = $is_new ? array() : $contact;
	$weeks   = explode( '-', $contact['weeks'] ?? '', 2 );
	$legend  = $is_new
		? __( 'Add a contact', 'bleeding-triage' )
		/* translators: 1: the contact's position in the pathway, 2: its name. */
		: sprintf( __( 'Contact %1$d: %2$s', 'bleeding-triage' ), $index + 1, $contact['name'] );
	$fields = array(
		'name'        => array( __( 'Name', 'bleeding-triage' ), 'text', __( 'As people know it, such as "Early Pregnancy Unit".', 'bleeding-triage' ) ),
		'phone'       => array( __( 'Phone', 'bleeding-triage' ), 'tel', __( 'Digits, spaces and + ( ) - . only.', 'bleeding-triage' ) ),
		'url'         => array( __( 'Web page', 'bleeding-triage' ), 'url', '' ),
		'weeks_from'  => array( __( 'From week', 'bleeding-triage' ), 'number', __( 'The first week of pregnancy it serves. Empty: from the start.', 'bleeding-triage' ) ),
		'weeks_to'    => array( __( 'To week', 'bleeding-triage' ), 'number', __( 'The last week it serves, included. Empty: every week after "From week".', 'bleeding-triage' ) ),
		'hours'       => array( __( 'Opening hours', 'bleeding-triage' ), 'text', __( 'Such as "Mo-Fr 08:00-17:00", "Mo-Fr 08:00-17:00; Sa-Su 09:00-12:00" or "24/7". Empty: always open.', 'bleeding-triage' ) ),
		'timezone'    => array( __( 'Time zone', 'bleeding-triage' ), 'timezone', __( 'Of the opening hours, such as Europe/London. Empty: the visitor\'s.', 'bleeding-triage' ) ),
		'textphone'   => array( __( 'Textphone or text relay', 'bleeding-triage' ), 'tel', '' ),
		'interpreter' => array( __( 'Interpreter line', 'bleeding-triage' ), 'tel', '' ),
		'note'        => array( __( 'Note', 'bleeding-triage' ), 'text', __( 'Such as "BSL interpreters on request".', 'bleeding-triage' ) ),
	);
	$values = array_merge(
		$contact,
		array(
			'weeks_from' => $weeks[0],
			'weeks_to'   => $weeks[1] ?? '',
		)
	);
	?>
	<fieldset class="bleeding-triage-contact">
		<legend><strong><?php echo esc_html( $legend ); ?></strong></legend>
		<table class="form-table" role="presentation">
			<?php
			foreach ( $fields as $field => list( $label, $type, $description ) ) {
				bleeding_triage_render_contact_field( $index, $field, $label, $type, $description, (string) ( $values[ $field ] ?? '' ) );
			}
			$id = 'bleeding-triage-contact-' . $index;
			?>
			<tr>
				<th scope="row"><label for="<?php echo esc_attr( $id . '-self_referral' ); ?>"><?php esc_html_e( 'Takes self-referrals', 'bleeding-triage' ); ?></label></th>
				<td>
					<select id="<?php echo esc_attr( $id . '-self_referral' ); ?>" name="<?php echo esc_attr( bleeding_triage_contact_field_name( $index, 'self_referral' ) ); ?>">
						<option value=""><?php esc_html_e( 'Yes', 'bleeding-triage' ); ?></option>
						<option value="no" <?php selected( $contact['self_referral'] ?? '', 'no' ); ?>><?php esc_html_e( 'No: a GP or midwife must refer', 'bleeding-triage' ); ?></option>
					</select>
				</td>
			</tr>
			<tr>
				<th scope="row"><?php esc_html_e( 'In an emergency', 'bleeding-triage' ); ?></th>
				<td>
					<label><input type="checkbox" name="<?php echo esc_attr( bleeding_triage_contact_field_name( $index, 'on_the_way' ) ); ?>" value="1" <?php checked( ! empty( $contact['on_the_way'] ) ); ?>> <?php esc_html_e( 'After calling the emergency number, tell this contact you are on your way', 'bleeding-triage' ); ?></label>
				</td>
			</tr>
			<?php if ( ! $is_new ) : ?>
				<tr>
					<th scope="row"><?php esc_html_e( 'Remove', 'bleeding-triage' ); ?></th>
					<td><label><input type="checkbox" name="<?php echo esc_attr( bleeding_triage_contact_field_name( $index, 'remove' ) ); ?>" value="1"> <?php esc_html_e( 'Remove this contact when saving', 'bleeding-triage' ); ?></label></td>
				</tr>
			<?php endif; ?>
		</table>
	</fieldset>
	<?php
}

/**
 * The form name of one field of one contact.
 *
 * @param int    $index The contact's position.
 * @param string $field The field.
 * @return string Such as "bleeding_triage_settings[contacts][0][phone]".
 */
function bleeding_triage_contact_field_name( $index, $field ) {
	return BLEEDING_TRIAGE_OPTION . '[contacts][' . (int) $index . '][' . $field . ']';
}

/**
 * One text-like field of a contact, as a table row.
 *
 * @param int    $index       The contact's position.
 * @param string $field       The field.
 * @param string $label       Its label.
 * @param string $type        An input type, or "timezone" for text with the time-zone list.
 * @param string $description Help under it, or ''.
 * @param string $value       Its saved value.
 */
function bleeding_triage_render_contact_field( $index, $field, $label, $type, $description, $value ) {
	$id         = 'bleeding-triage-contact-' . $index . '-' . $field;
	$attributes = array(
		'type'  => 'timezone' === $type ? 'text' : $type,
		'id'    => $id,
		'name'  => bleeding_triage_contact_field_name( $index, $field ),
		'value' => $value,
		'class' => 'number' === $type ? 'small-text' : 'regular-text',
	);
	if ( 'number' === $type ) {
		$attributes += array(
			'min'  => '0',
			'max'  => '45',
			'step' => '1',
		);
	}
	if ( 'timezone' === $type ) {
		$attributes += array(
			'list'         => 'bleeding-triage-timezones',
			'autocomplete' => 'off',
		);
	}
	if ( '' !== $description ) {
		$attributes['aria-describedby'] = $id . '-description';
	}
	?>
	<tr>
		<th scope="row"><label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( $label ); ?></label></th>
		<td>
			<input
			<?php
			foreach ( $attributes as $attribute => $attribute_value ) {
				echo ' ' . esc_attr( $attribute ) . '="' . esc_attr( $attribute_value ) . '"';
			}
			?>
			>
			<?php if ( '' !== $description ) : ?>
				<p class="description" id="<?php echo esc_attr( $id . '-description' ); ?>"><?php echo esc_html( $description ); ?></p>
			<?php endif; ?>
		</td>
	</tr>
	<?php
}
