/**
 * @payloadcms/ui 3.90.1: a change made while the edit form's state request is in flight was never
 * sent. When the older answer arrived, the reducer recorded the merged state (which already held the
 * new value) as "last sent", so the debounced change check found nothing new: a field revealed by the
 * change (its `condition` runs on the server) never appeared until something else changed.
 *
 * Fix: the form passes the state it sent along with the answer; if any field's value differs from it
 * when the answer is merged, "last sent" stays at that older state and the next check sends the new
 * one. Without a change in flight, behaviour is as before. 3.90.1 is the last version the official
 * plugins exist for, so the fix cannot come from an upgrade. tests/e2e/adminFormState.e2e.spec.ts.
 *
 * The admin runs the bundled client build (dist/exports/client/index.js, minified; the names below
 * are that build's); the per-module files are patched alike for imports of `@payloadcms/ui/forms/*`.
 */

// True when a field was added, removed or given another value between `sent` and `now`.
const valuesChangedSince =
  `((s,n)=>{const k=Object.keys(n||{});return k.length!==Object.keys(s).length||k.some(p=>!(p in s)||s[p]?.value!==n[p]?.value)})`

const payloadUiFormStateRace = {
  name: 'payload-ui-form-state-race',
  package: '@payloadcms/ui',
  version: '3.90.1',
  files: {
    'dist/exports/client/index.js': [
      [
        'case"MERGE_SERVER_STATE":{let{acceptValues:o,prevStateRef:n,serverState:r}=e,s=JR({acceptValues:o,currentState:t||{},incomingState:r});return n.current=s,s}',
        `case"MERGE_SERVER_STATE":{let{acceptValues:o,prevStateRef:n,serverState:r}=e,s=JR({acceptValues:o,currentState:t||{},incomingState:r});return n.current=e.sentState&&${valuesChangedSince}(e.sentState,t)?e.sentState:s,s}`,
      ],
      [
        'O(async()=>{if(Array.isArray(v)){let ze;for(let Mt of v)ze=await Mt({formState:KR(le,{excludeFiles:!0}),submitted:Se});Z({type:"MERGE_SERVER_STATE",prevStateRef:Q,serverState:ze})}})',
        'O(async()=>{if(Array.isArray(v)){let ze,sentState=le;for(let Mt of v)ze=await Mt({formState:KR(le,{excludeFiles:!0}),submitted:Se});Z({type:"MERGE_SERVER_STATE",prevStateRef:Q,sentState,serverState:ze})}})',
      ],
    ],
    'dist/forms/Form/fieldReducer.js': [
      [
        `        prevStateRef.current = newState;
        return newState;`,
        `        // Patched (scriptorium, patches/payloadUiFormStateRace.mjs): a value changed while the request was in flight must still be sent.
        prevStateRef.current = action.sentState && ${valuesChangedSince}(action.sentState, state) ? action.sentState : newState;
        return newState;`,
      ],
    ],
    'dist/forms/Form/index.js': [
      [
        `    queueTask(async () => {
      if (Array.isArray(onChange)) {
        let serverState;`,
        `    queueTask(async () => {
      if (Array.isArray(onChange)) {
        let serverState;
        const sentState = formState;`,
      ],
      [
        `        dispatchFields({
          type: 'MERGE_SERVER_STATE',
          prevStateRef: prevFormState,
          serverState
        });
      }
    });`,
        `        dispatchFields({
          type: 'MERGE_SERVER_STATE',
          prevStateRef: prevFormState,
          sentState,
          serverState
        });
      }
    });`,
      ],
    ],
  },
}

export default payloadUiFormStateRace
