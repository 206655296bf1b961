// A Vue 3 app using the built drop-in: isCustomElement tells Vue's compiler the tag is not a Vue
// component; .prop binds an object as a property; @triage-complete listens to the DOM event.
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';
import '../../../dist/bleeding-triage.js';

const app = createApp({
  setup() {
    const urgency = ref('no result yet');
    return { urgency, translations: { continue: 'Next' }, done: (event) => (urgency.value = event.detail.result.urgency) };
  },
  template: `
    <main>
      <h1>Vue host</h1>
      <bleeding-triage region="GB" care-name="Ward 7" :translations.prop="translations" @triage-complete="done"></bleeding-triage>
      <p id="host-result">{{ urgency }}</p>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'bleeding-triage';
app.mount('#app');
