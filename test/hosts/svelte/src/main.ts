import { mount } from 'svelte';
import 'bleeding-triage/define';
import type {} from 'bleeding-triage/svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
