/**
 * Follow a redirect page's target, carrying the #fragment of the old URL. A plain
 * module that acts as soon as it runs: a redirect page has nothing to wire, only
 * somewhere to go (and its meta refresh would drop the fragment).
 */
const target = document.body.dataset['redirectTo'];
if (target) location.replace(target + (target.includes('#') ? '' : location.hash));

export {};
