import { createApp } from 'vue';
import 'bleeding-triage/define';
import type {} from 'bleeding-triage/vue';
import App from './App.vue';

createApp(App).mount('#app');
