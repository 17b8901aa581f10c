// Sends the deep-linking response back to the LMS at once; without JavaScript the button does.
document.querySelector('form[data-lti-return]')?.submit();
