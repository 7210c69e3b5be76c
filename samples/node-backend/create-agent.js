// Creates one agent with the official SDK's CreateStaff, so the quickstart has someone to log in as.
//   node create-agent.js ann@example.com "Ann" 007
"use strict";

const { readSettings, createClient, describeError } = require("./ccc-client");

const [mail, name, staffNumber] = process.argv.slice(2);
if (!mail || !name || !staffNumber) {
  console.error("usage: node create-agent.js <mail> <name> <staff number>");
  process.exit(2);
}

const settings = readSettings();
const client = createClient(settings);
const staff = { Mail: mail, Name: name, StaffNumber: staffNumber };

client.CreateStaff({ SdkAppId: settings.sdkAppId, Staffs: [staff] }).then(answer => {
  const refused = answer.ErrorStaffList || [];
  if (refused.length > 0) {
    for (const item of refused) console.error(`${item.StaffEmail || mail}: ${item.Code}: ${item.Message}`);
    process.exit(1);
  }
  console.log(`created agent ${mail} in application ${settings.sdkAppId}`);
}, error => {
  const described = describeError(error);
  console.error(`${described.Code}: ${described.Message}`);
  process.exit(1);
});
