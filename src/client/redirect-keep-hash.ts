/** Follow a redirect page's target, carrying the #fragment of the old URL. */
const target = document.body.dataset['redirectTo'];
if (target) location.replace(target + (target.includes('#') ? '' : location.hash));

export {};
