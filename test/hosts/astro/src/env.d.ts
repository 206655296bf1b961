// Types <bleeding-triage> in Astro templates.
import type {} from 'bleeding-triage/astro';
